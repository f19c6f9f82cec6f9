import type { SettingsValues } from '../../domain/settings';
import { dayLabel } from '../days';
import type { Evidence } from '../evidence';
import { figure, plural } from '../format';
import { median } from '../statistics';

/** The sentence that says where a buffer comes from. */
export function bufferEvidence(
  evidence: Evidence,
  settings: SettingsValues,
  buffer: number,
): string {
  const { buffer: learned } = evidence;
  if (learned.source === 'settings') {
    return `${plural(buffer, 'working day')} after it (the setting: fewer than 3 past releases held by a lift to learn from)`;
  }
  const range = learned.min === learned.max ? '' : `, ${learned.min}–${learned.max}`;
  const floor =
    buffer > learned.workingDays
      ? `; the setting asks for ${plural(settings.releaseBufferWorkingDays, 'working day')}`
      : '';
  return `${plural(buffer, 'working day')} after it: past releases needed a median of ${figure(median(learned.samples.map((s) => s.value)) ?? NaN)} after their last lift (${plural(learned.samples.length, 'release')}${range})${floor}`;
}

/** "17 in the year to Thu 14 Jun 2018". */
export function batchRate(evidence: Evidence): string {
  const { batches } = evidence;
  return `${plural(batches.count, 'batch', 'batches')} in the year to ${dayLabel(batches.windowEnd - 1)}${batches.stale ? ', the latest in the database' : ''}`;
}
