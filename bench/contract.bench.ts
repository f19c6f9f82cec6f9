// What checking answers against the contract costs: `npx tsx bench/contract.bench.ts`.
// plan.get on 10,000 advisories and 100 releases, through the real backend on
// a temporary database, with the output check off (the shipped app) and on
// (tests and development). Prints the medians and the machine's load.

import fs from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../electron/backend';
import { benchBundle } from './ui/seed';

const ADVISORIES = 10_000;
const RELEASES = 100;
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Timing {
  wall: number;
  /** CPU time of this process: what a busy machine stretches less than the wall clock. */
  cpu: number;
}

function timePlanGet(backend: Backend): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = backend.call('plan.get', {});
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (!result.ok) throw new Error(`plan.get failed: ${result.error.message}`);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Runs off and on in turn, so that a change in the machine's load falls on both. */
function compare(off: Backend, on: Backend): { off: Timing; on: Timing } {
  const offTimes: Timing[] = [];
  const onTimes: Timing[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const a = timePlanGet(off);
    const b = timePlanGet(on);
    // The first two rounds warm up the JIT and SQLite's cache.
    if (run < 2) continue;
    offTimes.push(a);
    onTimes.push(b);
  }
  const of = (times: Timing[]): Timing => ({
    wall: median(times.map((t) => t.wall)),
    cpu: median(times.map((t) => t.cpu)),
  });
  return { off: of(offTimes), on: of(onTimes) };
}

export function runContractBench(): string[] {
  const folder = fs.mkdtempSync(path.join(tmpdir(), 'embargo-contract-bench-'));
  const file = path.join(folder, 'planner.sqlite3');
  const now = () => new Date();
  try {
    const seed = openBackend(file, { source: 'bench', create: true, log: () => undefined });
    const { json } = benchBundle({ advisories: ADVISORIES, releases: RELEASES, now: now() });
    const imported = seed.call('exchange.import', { content: json, fileName: 'bench.json' });
    seed.close();
    if (!imported.ok) throw new Error(`seeding failed: ${imported.error.message}`);
    const open = (checkOutputs: boolean) =>
      openBackend(file, { source: 'bench', now, log: console.error, checkOutputs });
    const unchecked = open(false);
    const checked = open(true);
    const { off, on } = compare(unchecked, checked);
    unchecked.close();
    checked.close();
    const load = loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
    return [
      `contract: plan.get of ${ADVISORIES} advisories, ${RELEASES} releases (median of ${RUNS}; load ${load})`,
      `  output check off: ${off.wall.toFixed(1)} ms wall, ${off.cpu.toFixed(1)} ms CPU`,
      `  output check on:  ${on.wall.toFixed(1)} ms wall, ${on.cpu.toFixed(1)} ms CPU (+${(on.cpu - off.cpu).toFixed(1)} ms CPU, +${((on.cpu / off.cpu - 1) * 100).toFixed(0)}%)`,
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) for (const line of runContractBench()) console.log(line);
