import type { Release } from '../../domain/release';
import { dayLabel, isoDateOf, type DayNumber } from '../days';
import { figure, percent, plural } from '../format';
import { RACE_HORIZON_DAYS, type Race } from '../race';
import type { ReleaseAnalysis } from '../rules/releaseAnalysis';
import { describeBlocker } from '../vocabulary';
import type { Suggestion } from '../types';
import { type SuggestionContext, suggestion } from './suggestion';
import { bufferEvidence, batchRate } from './evidenceWords';

export function slipSuggestion(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
  {
    clearDay,
    slipDay,
    race,
    endless,
  }: { clearDay: DayNumber; slipDay: DayNumber; race: Race | null; endless: boolean },
  buffer: number,
): Suggestion {
  const { security, others, plannedDay, overdue, lastPastLift } = analysis;
  const { calendar, settings, today, evidence } = context;
  const name = release.name;
  const planned = plannedDay!;
  const slipDate = isoDateOf(slipDay);
  const last = security.length > 0 ? security[security.length - 1] : null;
  const apply = { type: 'set-milestone', release: name, kind: 'release', date: slipDate } as const;
  const numbers: Record<string, number> = {
    slipDays: slipDay - planned,
    daysFromToday: slipDay - today,
    bufferWorkingDays: buffer,
    bufferSamples: evidence.buffer.source === 'history' ? evidence.buffer.samples.length : 0,
    holders: security.length + others.filter((o) => o.holds).length,
  };
  const undated = others.filter((o) => o.holds && !Number.isFinite(o.holder.day));
  const undatedNote =
    undated.length > 0
      ? ` ${undated.map((o) => describeBlocker(o.holder.blocker)).join(', ')} ${undated.length === 1 ? 'has' : 'have'} no expected date, so this date may move.`
      : '';

  let why: string;
  if (last) {
    const what =
      last.kind === 'embargo'
        ? `${last.entry.key} lifts`
        : `a follow-up fix to ${last.entry.key} is due`;
    why = `${what} ${dayLabel(last.day)}, and ${name} needs ${bufferEvidence(evidence, settings, buffer)}.`;
  } else if (others.some((o) => o.holds && Number.isFinite(o.holder.day))) {
    const latest = others
      .filter((o) => o.holds && Number.isFinite(o.holder.day))
      .reduce((a, b) => (b.holder.day > a.holder.day ? b : a));
    why = `${describeBlocker(latest.holder.blocker)} is expected to be resolved ${dayLabel(latest.holder.day)}.`;
  } else if (lastPastLift !== null && calendar.addWorkingDays(lastPastLift, buffer) >= today) {
    why = `its last embargo lifted ${dayLabel(lastPastLift)}, and ${name} needs ${bufferEvidence(evidence, settings, buffer)}.`;
  } else {
    why = `it is the first release day from today.`;
  }

  const weeks = figure((slipDay - planned) / 7);
  const head = overdue
    ? `Re-plan ${name} for ${dayLabel(slipDay)}: it was planned for ${dayLabel(planned)} and has not been recorded as released (if it has shipped, record its release date instead). ${why.charAt(0).toUpperCase()}${why.slice(1)}`
    : `Slip ${name} from ${dayLabel(planned)} to ${dayLabel(slipDay)} (${weeks} ${weeks === '1' ? 'week' : 'weeks'}): ${why}`;

  const dates: Record<string, string> = { clears: isoDateOf(clearDay) };
  let raceText = '';
  if (race) {
    // The race counts batches that become known before the clear day; the
    // figure the replay checks is the chance of one before the date suggested.
    const exposed = Math.max(0, slipDay - today);
    const expected = evidence.batches.perDay * exposed;
    numbers.batchesPerYear = evidence.batches.perDay * 365;
    numbers.expectedNewBatches = expected;
    numbers.probabilityAtLeastOne = 1 - Math.exp(-expected);
    numbers.leadDays = evidence.lead.days;
    numbers.p50Days = race.p50Day - today;
    numbers.p90Days = race.p90Day - today;
    dates.p50 = isoDateOf(race.p50Day);
    dates.p90 = isoDateOf(race.p90Day);
    const lead = `${evidence.lead.source === 'history' ? 'a median' : 'the minimum'} of ${plural(evidence.lead.days, 'day')} ahead`;
    const batches = ` Embargoes arrive in batches (${batchRate(evidence)}), each pre-disclosed ${lead}: `;
    raceText =
      evidence.batches.count === 0
        ? ' No advisory lifted in the year before today, so no new embargo is forecast to join the wait.'
        : endless
          ? `${batches}everything known clears by ${dayLabel(clearDay)}, but new ones keep coming: the chance that one is pre-disclosed before then is ${percent(race.probabilityAtLeastOne)}, and waiting for those too does not end, as half the futures are still waiting ${plural(Math.round(RACE_HORIZON_DAYS / 365), 'year')} from now. The date suggested is when everything known clears; a point release or a branch does not wait for the next batch.`
          : slipDay > clearDay
            ? `${batches}everything known clears by ${dayLabel(clearDay)}, but the chance that a new one is pre-disclosed before then is ${percent(race.probabilityAtLeastOne)}. ` +
              `Waiting for those too, ${name} is out by ${dayLabel(slipDay)} in half the futures (P50, the date suggested), by ${dayLabel(race.p90Day)} in 9 of 10 (P90). ` +
              `The chance of a new one before ${dayLabel(slipDay)} is ${percent(numbers.probabilityAtLeastOne)}.`
            : `${batches}the chance that a new one is pre-disclosed before ${dayLabel(slipDay)} is ${percent(race.probabilityAtLeastOne)}. ` +
              (race.p90Day <= slipDay
                ? `Even waiting for those, ${name} is ready by then in 9 of 10 futures.`
                : `Waiting for those too, ${name} is ready by ${dayLabel(race.p90Day)} in 9 of 10 futures (P90).`);
  }
  return suggestion('SLIP_RELEASE', name, {
    subject: null,
    date: slipDate,
    message: `${head}${raceText}${undatedNote}`,
    numbers,
    dates,
    apply,
  });
}
