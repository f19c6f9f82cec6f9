// `npm run bench`: every benchmark in turn, one after the other so that they
// do not compete for the machine, each printing its report as it finishes.
// Exits 1 when any target was missed.

import { runContractBench } from './contract.bench';
import { runForecastBench } from './forecast.bench';
import { runIcsBench } from './ics.bench';
import { runPlanningBench } from './planning.bench';

const BENCHES: readonly { name: string; run: () => Promise<string[]> }[] = [
  { name: 'planning', run: () => runPlanningBench() },
  { name: 'ics', run: runIcsBench },
  { name: 'forecast', run: runForecastBench },
  { name: 'contract', run: async () => runContractBench() },
];

async function main(): Promise<number> {
  let missed = false;
  for (const bench of BENCHES) {
    const lines = await bench.run();
    for (const line of lines) console.log(line);
    missed ||= lines.some((line) => /MISSED|target was missed/.test(line));
  }
  return missed ? 1 : 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
