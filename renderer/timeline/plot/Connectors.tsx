import type { Severity } from '../../../shared/planning';
import { timeOf, type FindingIndex } from '../model/findingIndex';
import type { AdvisoryItem } from '../model/items';
import { xAt, type Origin } from '../geometry/view';
import './findingMarks.css';

interface ConnectorProps {
  drawn: readonly { item: AdvisoryItem; y: number }[];
  laneY: ReadonlyMap<string, number>;
  index: FindingIndex;
  origin: Origin;
  findingY: number;
  rowMid: number;
}

/**
 * The thread from an advisory to the release it threatens: a dashed line
 * from the lift (or the late follow-up) up to the warning in that release's
 * lane. One path per severity, however many there are.
 */
export function Connectors({ drawn, laneY, index, origin, findingY, rowMid }: ConnectorProps) {
  const paths: Record<Severity, string> = { error: '', warning: '', info: '' };
  for (const { item, y } of drawn) {
    for (const finding of index.byAdvisory.get(item.advisory.key) ?? []) {
      if (finding.release === null) continue;
      const top = laneY.get(finding.release);
      if (top === undefined) continue;
      const x = xAt(origin, timeOf(finding.date));
      paths[finding.severity] += `M${x} ${top + findingY + 7}V${y + rowMid}`;
    }
  }
  return (
    <g aria-hidden="true">
      {(['info', 'warning', 'error'] as const).map((s) =>
        paths[s] ? <path key={s} className={`tl-connector tl-span-${s}`} d={paths[s]} /> : null,
      )}
    </g>
  );
}
