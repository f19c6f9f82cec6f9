import { dayLabel, isoDateOf } from './days';
import type { Evidence } from './evidence';
import { figure, plural } from './format';

// What the history says, in the words the findings panel and `planner
// check` both use: each line names its figure and where it came from.

export interface EvidenceLine {
  /** "After the last lift", "Embargo batches", … */
  label: string;
  text: string;
  source: 'history' | 'settings';
}

export function evidenceLines(evidence: Evidence): EvidenceLine[] {
  const { buffer, waits, lead, batches } = evidence;
  const samples = buffer.samples.map((s) => `${s.release}: ${s.value}`).join(', ');
  const lines: EvidenceLine[] = [
    {
      label: 'After the last lift',
      source: buffer.source,
      text:
        buffer.source === 'history'
          ? `${plural(buffer.workingDays, 'working day')}: the median past releases needed after the last lift that held them (${samples})`
          : `${plural(buffer.workingDays, 'working day')}, the setting: ${buffer.samples.length === 0 ? 'no past release held by a lift yet' : `only ${plural(buffer.samples.length, 'past release')} held by a lift (${samples}); 3 are needed to learn from`}`,
    },
    {
      label: 'Waiting on embargoes',
      source: waits.source,
      text:
        waits.medianDays !== null
          ? `past releases held by embargoes came out a median of ${plural(Math.round(waits.medianDays), 'day')} late (${plural(waits.samples.length, 'release')})`
          : 'too few past releases held by embargoes: the wait policy setting stands in',
    },
    {
      label: 'Pre-disclosure',
      source: lead.source,
      text:
        lead.source === 'history'
          ? `a median of ${plural(lead.days, 'day')} from pre-disclosure to lift (${plural(lead.samples, 'advisory', 'advisories')})`
          : `${plural(lead.days, 'day')}, from the minimum pre-disclosure setting (${plural(lead.samples, 'advisory', 'advisories')} with a pre-disclosure date)`,
    },
    {
      label: 'Embargo batches',
      source: 'history',
      text:
        batches.count === 0
          ? 'no advisory lifted in the year before today: new embargoes are not forecast'
          : `${plural(batches.count, 'batch', 'batches')} of ${plural(batches.advisories, 'advisory', 'advisories')} (about ${figure((batches.perDay * 365) / 12)} a month, ${figure(batches.meanSize)} per batch) in the year to ${dayLabel(batches.windowEnd - 1)}${batches.stale ? ' — the latest year in the database, not the last one' : ''}`,
    },
  ];
  return lines;
}

/** The evidence for JSON output: every day as an ISO date. */
export function evidenceJson(evidence: Evidence) {
  return {
    ...evidence,
    batches: { ...evidence.batches, windowEnd: isoDateOf(evidence.batches.windowEnd) },
  };
}
