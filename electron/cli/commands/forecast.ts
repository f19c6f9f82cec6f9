import { isoDate } from '../../../shared/domain/dateSchemas';
import { utcToday } from '../../../shared/domain/dates';
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  forecastRelease,
  MAX_RUNS,
  type ForecastResult,
} from '../../../shared/forecast/forecast';
import { assumptionLines, forecastJson } from '../../../shared/forecast/forecastText';
import {
  DEFAULT_CUTOFF_WEEKS,
  isPolicy,
  POLICIES,
  type PolicyId,
} from '../../../shared/forecast/policies';
import { dayLabel, dayNumber } from '../../../shared/planning/days';
import { figure } from '../../../shared/planning/format';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

/** A whole number option in [min, max], or the default when absent. */
function count(name: string, text: unknown, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(String(text)) || value < min || value > max)
    throw new UsageError(
      `--${name}: ${JSON.stringify(text)} is not a whole number from ${min} to ${max}`,
    );
  return value;
}

function policies(text: unknown): PolicyId[] | undefined {
  if (text === undefined) return undefined;
  const names = String(text)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = names.find((n) => !isPolicy(n));
  if (wrong !== undefined || names.length === 0)
    throw new UsageError(
      `--policy: ${JSON.stringify(wrong ?? text)} is not a policy (expected one or more of ${POLICIES.join(', ')}, comma-separated)`,
    );
  return names as PolicyId[];
}

const short = (iso: string) => dayLabel(dayNumber(iso));

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function textReport(result: ForecastResult, only: readonly PolicyId[] | undefined): string {
  const lines = [
    `Forecast for ${result.release} as of ${result.today} (UTC): ${result.runs.toLocaleString('en-US')} futures, seed ${result.seed}`,
    '',
  ];
  const rows = result.policies.filter((p) => only === undefined || only.includes(p.policy));
  const header = [
    'Policy'.padEnd(32),
    'P10'.padEnd(16),
    'P50'.padEnd(16),
    'P90'.padEnd(16),
    'On time',
    ' Master closed',
    ' In x.y.0',
    ' In x.y.1',
    ' Point releases',
  ].join(' ');
  lines.push(header);
  for (const p of rows) {
    const label = p.policy === 'cutoff' ? `${p.label} (${result.cutoffWeeks} weeks)` : p.label;
    lines.push(
      [
        label.padEnd(32),
        short(p.p10).padEnd(16),
        `${short(p.p50)}`.padEnd(16),
        `${short(p.p90)}${p.horizonReached ? '+' : ''}`.padEnd(16),
        `${Math.round(p.onTimeShare * 100)}%`.padStart(7),
        (p.masterClosedDays
          ? `${p.masterClosedDays.p50}–${p.masterClosedDays.p90} d`
          : 'n/a'
        ).padStart(14),
        figure(p.advisoriesInX0).padStart(9),
        figure(p.advisoriesInX1).padStart(9),
        figure(p.pointReleasesIn3Months).padStart(15),
      ].join(' '),
    );
  }
  lines.push(
    '',
    `P10/P50/P90: the release date in 1, 5 and 9 of 10 futures (P50 ${rows.map((p) => `${p.policy} ${signed(p.daysLate.p50)} d`).join(', ')} against ${short(result.releaseDate)}).`,
    'Master closed: days from the hard code freeze until master reopens (P50–P90).',
    'In x.y.0 / x.y.1: advisories still to lift (known or yet to come) that ship in the release or are left for the point release, a mean per future.',
    'Point releases: those the deferred fixes force in the 90 days after the release, a mean per future.',
    '',
    'Assumptions',
  );
  for (const line of assumptionLines(result)) lines.push(`  ${line.label}: ${line.text}`);
  return lines.join('\n');
}

export const forecast: Command = {
  usage:
    'forecast --release NAME [--policy wait,cutoff,ship,branch] [--runs N] [--seed S] [--cutoff-weeks N] [--today YYYY-MM-DD] [--json]',
  help: `simulates the release's futures under each policy (default ${DEFAULT_RUNS.toLocaleString('en-US')} runs, seed ${DEFAULT_SEED}, cut-off ${DEFAULT_CUTOFF_WEEKS} weeks): release date P10/P50/P90, days master stays closed, advisories in x.y.0 and x.y.1`,
  options: {
    release: { type: 'string' },
    policy: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'cutoff-weeks': { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
  },
  run({ backend, io, options }) {
    const release = options.release as string | undefined;
    if (release === undefined)
      throw new UsageError('forecast: say which release with --release NAME');
    const todayText = options.today as string | undefined;
    if (todayText !== undefined) {
      const parsed = isoDate.safeParse(todayText);
      if (!parsed.success)
        throw new UsageError(
          `--today: ${JSON.stringify(todayText)} ${parsed.error.issues[0].message}`,
        );
    }
    const only = policies(options.policy);
    const runs = count('runs', options.runs, DEFAULT_RUNS, 1, MAX_RUNS);
    const seed = count('seed', options.seed, DEFAULT_SEED, 0, 2 ** 32 - 1);
    const cutoffWeeks = count('cutoff-weeks', options['cutoff-weeks'], DEFAULT_CUTOFF_WEEKS, 0, 52);
    const today = todayText ?? utcToday(io.now());
    const plan = callOrThrow(backend, 'plan.get', {});
    const result = forecastRelease(plan, release, today, { runs, seed, cutoffWeeks });
    if (options.json === true) io.out(JSON.stringify(forecastJson(result, only), null, 2));
    else io.out(textReport(result, only));
    return 0;
  },
};
