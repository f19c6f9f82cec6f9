import fs from 'node:fs';
import { openBackend } from '../backend';
import { idsOf, isWritten, performWrite } from './crashWrites';

// The process the crash test kills. `crashChild FILE FROM`: opens the
// database as the app does, says "ready", then performs writes FROM, FROM+1,
// ... and acknowledges each on stdout only after its transaction returned.
// It runs until it is killed. Write FROM may already be in the file (it
// committed, then the kill came before its acknowledgement): then it is
// acknowledged without being repeated.

function ack(line: string): void {
  // fs.writeSync, not process.stdout.write: the acknowledgement must be out
  // of this process before the next write starts, whatever stdout is.
  fs.writeSync(1, `${line}\n`);
}

const [file, fromText] = process.argv.slice(2);
const backend = openBackend(file, { source: 'crash-test', create: true });
const ids = idsOf(backend);
let i = Number(fromText);
ack('ready');
if (isWritten(backend, i)) ack(String(i++));
for (;;) {
  performWrite(backend, ids, i);
  ack(String(i++));
}
