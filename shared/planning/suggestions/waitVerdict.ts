import type { SettingsValues } from '../../domain/settings';
import type { Evidence } from '../evidence';
import { figure, plural } from '../format';
import { RACE_HORIZON_DAYS } from '../race';
import { batchRate } from './evidenceWords';

/**
 * The waiting policy's verdict: does waiting `days` past the plan beat a
 * point release? `endless`: at the current rate, waiting for every embargo
 * does not end (see the race's horizon); only a policy of always waiting waits then.
 */
export function waitVerdict(
  days: number,
  settings: SettingsValues,
  evidence: Evidence,
  endless: boolean,
): { wait: boolean; why: string } {
  if (endless && settings.embargoWaitPolicy !== 'always')
    return {
      wait: false,
      why: `At ${batchRate(evidence)}, waiting for every embargo does not end: half the futures are still waiting ${plural(Math.round(RACE_HORIZON_DAYS / 365), 'year')} from now.`,
    };
  const weeks = figure(days / 7);
  switch (settings.embargoWaitPolicy) {
    case 'always':
      return { wait: true, why: 'The policy is to wait for embargoes.' };
    case 'never':
      return { wait: false, why: 'The policy is never to wait for embargoes.' };
    case 'history': {
      const median = evidence.waits.medianDays;
      if (median !== null) {
        const wait = days <= median;
        return {
          wait,
          why: `Past releases held by embargoes came out a median of ${plural(Math.round(median), 'day')} late (${plural(evidence.waits.samples.length, 'release')}); waiting here means ${plural(days, 'day')}${wait ? ', no longer than usual' : ', longer than usual'}.`,
        };
      }
      break;
    }
    case 'up-to':
      break;
  }
  const limit = settings.embargoWaitWeeks;
  const wait = days <= limit * 7;
  const from =
    settings.embargoWaitPolicy === 'history'
      ? ' (too few past releases held by embargoes to learn from, so the setting stands in)'
      : '';
  return {
    wait,
    why: `The policy waits up to ${plural(limit, 'week')}${from}; this wait is ${weeks} ${weeks === '1' ? 'week' : 'weeks'}.`,
  };
}
