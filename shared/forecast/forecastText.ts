import { dayLabel, dayNumber, isoDateOf } from '../planning/days';
import { figure, keyList, plural } from '../planning/format';
import type { ForecastResult, PolicyForecast } from './forecast';
import type { PolicyId } from './policies';
import { median } from '../planning/statistics';

// The forecast in words: the assumptions under the chart and in `planner
// forecast`, each saying where its figure came from, and the JSON the
// command line prints. Advisories appear by key only.

export interface AssumptionLine {
  label: string;
  text: string;
  source: 'history' | 'settings' | 'option' | 'plan' | 'none';
}

const day = (iso: string) => dayLabel(dayNumber(iso));

function spread(values: readonly number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? figure(min) : `${figure(min)} to ${figure(max)}`;
}

export function assumptionLines(result: ForecastResult): AssumptionLine[] {
  const { assumptions: a, model } = result;
  const { evidence } = a;
  const lines: AssumptionLine[] = [];
  lines.push({
    label: 'The release',
    source: 'plan',
    text: result.overdue
      ? `planned ${day(result.plannedDate)}, overdue: the futures start from ${day(result.releaseDate)}, the first day it can still ship`
      : `planned ${day(result.releaseDate)}${result.baselineDate ? ` (first planned ${day(result.baselineDate)})` : ''}; hard code freeze ${result.hardFreeze ? day(result.hardFreeze) : 'not in the plan'}; branch ${result.branch ? day(result.branch) : 'not in the plan'}`,
  });
  const lifts = model.knownFixes.filter((f) => f.kind === 'lift');
  const followUps = model.knownFixes.filter((f) => f.kind === 'follow-up');
  lines.push({
    label: 'Known fixes still ahead',
    source: 'plan',
    text:
      model.knownFixes.length === 0
        ? 'none: no embargo affecting it lifts from today on, and no follow-up fix is pending'
        : [
            lifts.length > 0
              ? `${plural(lifts.length, 'embargo', 'embargoes')} (${keyList(lifts.map((f) => f.key))}), the last lifting ${dayLabel(lifts[lifts.length - 1].day)}`
              : '',
            followUps.length > 0
              ? `${plural(followUps.length, 'pending follow-up fix', 'pending follow-up fixes')} (to ${keyList(followUps.map((f) => f.key))})`
              : '',
          ]
            .filter(Boolean)
            .join('; '),
  });
  const { batches } = evidence;
  lines.push({
    label: 'New embargo batches',
    source: 'history',
    text:
      batches.count === 0
        ? 'none: no advisory lifted in the year before today, so no new embargo is forecast'
        : `${plural(batches.count, 'batch', 'batches')} (advisories lifting on one day) in the year to ${dayLabel(batches.windowEnd - 1)}${batches.stale ? ' (the latest year in the database)' : ''}: about ${figure((batches.perDay * 365) / 12)} a month. Each future runs at that rate times one quarter's burst from the last three years (${spread(a.rateFactors)}×), and draws each batch's size from that year's batches (${spread(a.batchSizes)} advisories)`,
  });
  lines.push({
    label: 'Known before the lift',
    source: evidence.lead.source,
    text:
      evidence.lead.source === 'history'
        ? `${plural(a.leadDays, 'day')}: the median pre-disclosure lead of ${plural(evidence.lead.samples, 'advisory', 'advisories')}; a new batch joins the race only if it is known before the release ships`
        : `${plural(a.leadDays, 'day')}, from the minimum pre-disclosure setting: too few advisories have a pre-disclosure date`,
  });
  lines.push({
    label: 'After the last fix',
    source: evidence.buffer.source,
    text:
      a.bufferDraws.length > 1
        ? `each future draws the working days one past release needed after its last lift (${spread(a.bufferDraws)}; median ${figure(median(a.bufferDraws) ?? NaN)}), never fewer than the setting (${a.blockerBufferWorkingDays})`
        : `${plural(a.bufferWorkingDays, 'working day')}${evidence.buffer.source === 'history' ? ', what past releases needed' : ', the setting: too few past releases were held by a lift to learn from'}`,
  });
  const f = a.followUps;
  lines.push({
    label: 'Follow-up fixes',
    source: f.shareSource === 'none' ? 'none' : f.shareSource,
    text:
      f.share === 0
        ? f.shareSource === 'none'
          ? `none simulated: only ${plural(f.withFollowUps, 'advisory', 'advisories')} in the history had a follow-up fix (3 are needed to learn from)`
          : 'none simulated (a share of 0 was given)'
        : `${Math.round(f.share * 100)}% of advisories need one (${f.shareSource === 'option' ? 'given for this run' : `${plural(f.withFollowUps, 'advisory', 'advisories')} in the history had one`}), ${f.delayDays.length > 1 ? `${spread(f.delayDays)} days after the lift, as in the history` : `${plural(f.delayDays[0], 'day')} after the lift (${f.delaySource === 'option' ? 'given for this run' : f.delaySource === 'history' ? 'the history' : 'the warning window: the history has too few dated follow-ups'})`}`,
  });
  const other = a.otherDelays;
  const early = other.days.filter((d) => d < 0);
  const late = other.days.filter((d) => d > 0);
  lines.push({
    label: 'Other delays',
    source: other.source,
    text:
      other.source === 'none'
        ? 'none: fewer than 3 released releases to learn from'
        : `past releases (${other.releases[0]}–${other.releases[other.releases.length - 1]}) also came out ${late.length > 0 ? `up to ${plural(Math.max(...late), 'day')} late with nothing recorded holding them` : 'never late without a recorded cause'}${early.length > 0 ? `, or up to ${plural(-Math.min(...early), 'day')} early` : ''}; each future draws one of those ${plural(other.days.length, 'release')} (so even shipping on the date can move)`,
  });
  const open = model.blockers;
  if (open.length > 0) {
    const b = a.blockers;
    const undated = open.filter((x) => !Number.isFinite(x.expected));
    lines.push({
      label: 'Open blockers',
      source: b.slipSource === 'history' ? 'history' : 'plan',
      text: `${open
        .filter((x) => Number.isFinite(x.expected))
        .map((x) => `“${x.title}” expected ${dayLabel(x.expected)}`)
        .join('; ')}${
        b.slipSource === 'history'
          ? `; resolved blockers overran their expected dates by ${spread(b.slipDays)} days, and each future draws one`
          : open.length > undated.length
            ? '; each taken to resolve on its expected date (no resolved blocker had one to learn from)'
            : ''
      }${
        undated.length > 0
          ? `${open.length > undated.length ? '; ' : ''}${undated.map((x) => `“${x.title}”`).join(', ')} has no expected date: ${b.durationDays.length > 0 ? 'it takes as long as resolved blockers took' : 'not forecast (date it to include it)'}`
          : ''
      }`,
    });
  }
  lines.push({
    label: 'Cut-off',
    source: 'option',
    text: `${plural(result.cutoffWeeks, 'week')} before the release: no embargoed fix lifting on or after ${day(result.cutoffDate)} is taken`,
  });
  lines.push({
    label: 'Futures',
    source: 'option',
    text: `${result.runs.toLocaleString('en-US')} simulated, seed ${result.seed}: the same seed on the same plan gives the same numbers`,
  });
  return lines;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function policyJson(p: PolicyForecast) {
  return {
    policy: p.policy,
    label: p.label,
    p10: p.p10,
    p50: p.p50,
    p90: p.p90,
    daysLate: p.daysLate,
    onTimeShare: round2(p.onTimeShare),
    masterClosedDays: p.masterClosedDays,
    advisoriesInX0: round2(p.advisoriesInX0),
    advisoriesInX1: round2(p.advisoriesInX1),
    followUpsInX0: round2(p.followUpsInX0),
    followUpsInX1: round2(p.followUpsInX1),
    pointReleasesIn3Months: round2(p.pointReleasesIn3Months),
    horizonReached: p.horizonReached,
    beyondHorizonShare: round2(p.beyondHorizonShare),
  };
}

/** `planner forecast --json`. Advisory keys only; counts are means over the futures. */
export function forecastJson(result: ForecastResult, only?: readonly PolicyId[]) {
  const { assumptions: a } = result;
  return {
    release: result.release,
    today: result.today,
    runs: result.runs,
    seed: result.seed,
    releaseDate: result.releaseDate,
    plannedDate: result.plannedDate,
    overdue: result.overdue,
    hardFreeze: result.hardFreeze,
    cutoffWeeks: result.cutoffWeeks,
    cutoffDate: result.cutoffDate,
    policies: result.policies
      .filter((p) => only === undefined || only.includes(p.policy))
      .map(policyJson),
    knownFixes: result.model.knownFixes.map((f) => ({
      kind: f.kind,
      key: f.key,
      date: isoDateOf(f.day),
    })),
    assumptions: {
      batchesPerDay: a.batchesPerDay,
      rateFactors: a.rateFactors.map(round2),
      batchSizes: a.batchSizes,
      leadDays: a.leadDays,
      leadSource: a.evidence.lead.source,
      bufferWorkingDays: a.bufferWorkingDays,
      bufferDraws: a.bufferDraws,
      bufferSource: a.evidence.buffer.source,
      followUpShare: round2(a.followUps.share),
      followUpShareSource: a.followUps.shareSource,
      followUpDelayDays: a.followUps.delayDays,
      otherDelayDays: a.otherDelays.days,
      otherDelaySource: a.otherDelays.source,
      blockerSlipDays: a.blockers.slipDays,
      blockerSlipSource: a.blockers.slipSource,
      lines: assumptionLines(result),
    },
  };
}
