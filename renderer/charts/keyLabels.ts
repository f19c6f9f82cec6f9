import type { Advisory } from '../../shared/domain/advisory';
import { isRedacted } from '../common/redaction';

/**
 * How a chart on screen names an advisory: its key and title, or its key
 * alone while presenting and its embargo is in force (the timeline's rule).
 */
export function screenKeyLabel(advisories: readonly Advisory[], now: Date, presenting: boolean) {
  const byKey = new Map(advisories.map((a) => [a.key, a]));
  return (key: string): string => {
    const advisory = byKey.get(key);
    if (!advisory || advisory.title === '' || isRedacted(advisory, now, presenting)) return key;
    return `${key} ${advisory.title}`;
  };
}
