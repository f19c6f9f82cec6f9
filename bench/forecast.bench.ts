// Forecast benchmark: `npm run bench:forecast` (and part of `npm run bench`).
// 1. Timing: 10,000 simulated futures of one release (Xen 4.11 as known on
//    its hard code freeze, the whole Xen history behind it), from the plan to
//    the summed-up dates, against the 150 ms target; with the load average
//    beside it, because the machine may be shared.
// 2. Calibration: the "wait" forecast made at each release's hard code freeze
//    (4.7–4.16), against the day it really came out: how often the real date
//    fell inside P10–P90 (target at least 80%) and the median |P50 − real|.
import fs from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { calibrate } from '../shared/forecast/calibration';
import { forecastRelease } from '../shared/forecast/forecast';
import { planAsKnownOn } from '../shared/planning/replay';
import {
  readXenAdvisories,
  readXenReleases,
  type XenAdvisoryRecord,
  type XenReleaseRecord,
} from '../shared/sample/xenHistory';
import { xenHistoryRecords } from '../shared/sample/xenHistorySample';

const TARGET_MS = 150;
const TARGET_INSIDE = 0.8;
const RUNS = 10_000;
const DATA = path.resolve(__dirname, '../../shared/data/xen-history');

function load(): { source: string; releases: XenReleaseRecord[]; advisories: XenAdvisoryRecord[] } {
  if (fs.existsSync(path.join(DATA, 'releases.csv')))
    return {
      source: '../shared/data/xen-history',
      releases: readXenReleases(fs.readFileSync(path.join(DATA, 'releases.csv'), 'utf8')),
      advisories: readXenAdvisories(fs.readFileSync(path.join(DATA, 'xsas.csv'), 'utf8')),
    };
  return { source: 'examples/xen-history.bundle.json', ...xenHistoryRecords() };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export async function runForecastBench(): Promise<string[]> {
  const { source, releases, advisories } = load();
  const lines: string[] = [];

  const today = '2018-05-18'; // 4.11's hard code freeze under the replay's template
  const plan = planAsKnownOn(releases, advisories, '4.11', today);
  forecastRelease(plan, '4.11', today, { runs: RUNS }); // warm-up: JIT
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 9; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    forecastRelease(plan, '4.11', today, { runs: RUNS });
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const wall = median(walls);
  const [load1] = loadavg();
  lines.push(
    `forecast: ${RUNS.toLocaleString('en-US')} futures of 4.11 (4 policies each) in ${wall.toFixed(1)} ms ` +
      `(cpu ${median(cpus).toFixed(1)} ms; min ${Math.min(...walls).toFixed(1)}, max ${Math.max(...walls).toFixed(1)}); ` +
      `load average ${load1.toFixed(1)} on ${availableParallelism()} cores`,
    `forecast target: ${RUNS.toLocaleString('en-US')} futures ≤ ${TARGET_MS} ms: ${verdict(wall <= TARGET_MS)}`,
  );

  const started = performance.now();
  const calibration = calibrate(releases, advisories, { runs: RUNS });
  lines.push(
    '',
    `forecast calibration on ${source}: the wait policy at each hard code freeze (${Math.round(performance.now() - started)} ms)`,
  );
  for (const r of calibration.rows)
    lines.push(
      `  ${r.version.padEnd(5)} forecast ${r.today}: P10 ${r.p10}  P50 ${r.p50}  P90 ${r.p90}  real ${r.actual} ` +
        `(planned ${r.planned})  ${r.inside ? 'inside' : 'OUTSIDE'}  |P50 − real| ${r.distance} d`,
    );
  const inside = calibration.rows.filter((r) => r.inside).length;
  lines.push(
    `forecast target: real date inside P10–P90 in ${inside} of ${calibration.rows.length} (${Math.round(calibration.insideShare * 100)}%; target ≥ ${TARGET_INSIDE * 100}%): ${verdict(calibration.insideShare >= TARGET_INSIDE)}`,
    `forecast: median |P50 − real| ${calibration.medianDistance} days`,
  );
  return lines;
}

if (process.argv[1]?.endsWith('forecast.bench.ts')) {
  runForecastBench().then(
    (lines) => {
      for (const line of lines) console.log(line);
      if (lines.some((line) => line.includes('MISSED'))) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
