// `npm run bench:replay [-- DIR]`: replays a project's real release history
// week by week and prints how the planner's advice compared with what
// happened, against the targets of the planning-truth issue. DIR holds
// releases.csv and xsas.csv in the shared data's format (default: the Xen
// record beside the repository, else the committed sample bundle's copy).
import fs from 'node:fs';
import path from 'node:path';
import { replayHistory, type ReleaseReplay } from '../shared/planning/replay';
import {
  readXenAdvisories,
  readXenReleases,
  type XenAdvisoryRecord,
  type XenReleaseRecord,
} from '../shared/sample/xenHistory';
import { xenHistoryRecords } from '../shared/sample/xenHistorySample';

const DEFAULT_DATA = path.resolve(__dirname, '../../shared/data/xen-history');
const BUNDLE = 'examples/xen-history.bundle.json';

function load(dir: string | undefined): {
  source: string;
  releases: XenReleaseRecord[];
  advisories: XenAdvisoryRecord[];
} {
  const data = dir ?? DEFAULT_DATA;
  if (fs.existsSync(path.join(data, 'releases.csv'))) {
    return {
      source: data,
      releases: readXenReleases(fs.readFileSync(path.join(data, 'releases.csv'), 'utf8')),
      advisories: readXenAdvisories(fs.readFileSync(path.join(data, 'xsas.csv'), 'utf8')),
    };
  }
  if (dir !== undefined) throw new Error(`${dir}: no releases.csv there`);
  return { source: BUNDLE, ...xenHistoryRecords() };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const pct = (p: number) => `${Math.round(p * 100)}%`;

function row(r: ReleaseReplay): string[] {
  const warn = r.firstWarning;
  const notice = r.firstNotice;
  const lines = [
    `${r.version}: planned ${r.planned}, released ${r.actual}${r.embargoHeld ? ' (held by embargoes)' : r.onTime ? ' (on time)' : ''}`,
    `  first notice    ${notice ? `${notice.today}: advised ${notice.advised} (${signed(notice.error)} days)` : 'none'}`,
    `  first warning   ${warn ? `${warn.today}: slip to ${warn.advised} (${signed(warn.error)} days)` : 'none'}`,
  ];
  const two = r.twoWeeksBefore;
  const clears = (s: { clearsError: number | null }) =>
    s.clearsError === null ? '' : `; everything known clears ${signed(s.clearsError)} days`;
  if (warn) lines[lines.length - 1] += clears(warn);
  lines.push(
    `  2 weeks before  ${two.today}: advised ${two.advised} (${signed(two.error)} days${clears(two)})`,
    `  branch          ${r.branchOffered ? `offered ${r.branchOffered.today} for ${r.branchOffered.date}` : 'not offered'}; real ${r.branch ?? 'unknown'}${r.branchOffered && r.branch ? (r.branchOffered.today <= r.branch ? ' (in time)' : ' (late)') : ''}`,
  );
  if (r.forecasts.length > 0)
    lines.push(
      `  forecast        ${r.forecasts.map((f) => `${f.today}: ${pct(f.probability)} → ${f.happened ? 'came' : 'none'}`).join('; ')}`,
    );
  lines.push(`  errors raised   ${r.snapshotsWithError} of ${r.snapshots.length} snapshots`);
  return lines;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

export function runReplayBench(dir?: string): string[] {
  const { source, releases, advisories } = load(dir);
  const started = performance.now();
  const summary = replayHistory(releases, advisories);
  const ms = performance.now() - started;
  const out = [
    `Replay of ${source} (${summary.releases.length} releases, ${Math.round(ms)} ms)`,
    '',
  ];
  for (const r of summary.releases) out.push(...row(r), '');
  const held = summary.held.length;
  const branchShare = held > 0 ? summary.branchInTime.length / held : 1;
  const gap =
    summary.meanProbability !== null && summary.shareHappened !== null
      ? Math.abs(summary.meanProbability - summary.shareHappened)
      : 0;
  out.push(
    `Held by embargoes: ${summary.held.join(', ') || 'none'}`,
    `  branch-and-reopen no later than the real branch: ${summary.branchInTime.length} of ${held} (${pct(branchShare)}; target ≥ 70%) — ${verdict(branchShare >= 0.7)}`,
    `  median slip-date error at the first warning: ${summary.medianErrorAtFirstWarning ?? 'n/a'} days (target ≤ 7) — ${verdict((summary.medianErrorAtFirstWarning ?? 0) <= 7)}`,
    `  median slip-date error two weeks before release: ${summary.medianErrorTwoWeeksBefore ?? 'n/a'} days (target ≤ 4) — ${verdict((summary.medianErrorTwoWeeksBefore ?? 0) <= 4)}`,
    `  for comparison, with the date everything known clears in place of the slip date (the race's P50), the median error is ${summary.medianClearsErrorAtFirstWarning ?? 'n/a'} days at the first warning, ${summary.medianClearsErrorTwoWeeksBefore ?? 'n/a'} two weeks before (where a slip was suggested)`,
    `  over every weekly snapshot suggesting a slip (not chosen by what happened later): slip date ${summary.medianErrorAllSnapshots ?? 'n/a'} days, clear date ${summary.medianClearsErrorAllSnapshots ?? 'n/a'}`,
    `  real release between the slip date and its P90 at the first warning: ${summary.withinP90AtFirstWarning.length} of ${summary.held.filter((v) => summary.releases.find((r) => r.version === v)?.firstWarning).length} (${summary.withinP90AtFirstWarning.join(', ') || 'none'})`,
    `  forecast: mean probability ${summary.meanProbability === null ? 'n/a' : summary.meanProbability.toFixed(2)} vs share where a new batch came ${summary.shareHappened === null ? 'n/a' : summary.shareHappened.toFixed(2)} over ${summary.forecastCases} cases (target within 0.15) — ${verdict(gap <= 0.15)}`,
    `On-time releases with an error: ${summary.onTimeWithError.join(', ') || 'none'} (target at most 1) — ${verdict(summary.onTimeWithError.length <= 1)}`,
    `Snapshots with an overdue release and no error: ${summary.overdueWithoutError.join(', ') || 'none'} (target none) — ${verdict(summary.overdueWithoutError.length === 0)}`,
  );
  return out;
}

if (require.main === module) {
  const lines = runReplayBench(process.argv[2]);
  for (const line of lines) console.log(line);
  process.exitCode = lines.some((l) => l.includes('MISSED')) ? 1 : 0;
}
