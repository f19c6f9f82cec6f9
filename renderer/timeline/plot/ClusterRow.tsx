import { memo } from 'react';
import type { Severity } from '../../../shared/planning';
import { xAt, type Origin } from '../geometry/view';
import { clusterRow } from '../geometry/virtualize';
import { worse, worstSeverity, type FindingIndex } from '../model/findingIndex';
import type { AdvisoryItem } from '../model/items';
import { ROW } from './AdvisoryLane';
import './findingMarks.css';
import './clusterRow.css';

interface ClusterProps {
  row: readonly AdvisoryItem[];
  rowIndex: number;
  first: number;
  last: number;
  y: number;
  origin: Origin;
  index: FindingIndex;
  mergeMs: number;
}

/**
 * A dense stretch of a row, zoomed out, as one shape: a path per row
 * however many advisories it stands for. Pointing at it says how many and
 * clicking zooms into it; the worst warning inside marks it underneath.
 */
export const ClusterRow = memo(function ClusterRow({
  row,
  rowIndex,
  first,
  last,
  y,
  origin,
  index,
  mergeMs,
}: ClusterProps) {
  const clusters = clusterRow(row, first, last, mergeMs);
  let d = '';
  const marks: Record<Severity, string> = { error: '', warning: '', info: '' };
  for (const c of clusters) {
    const cx = xAt(origin, c.start);
    const width = Math.max(xAt(origin, c.end) - cx, 2);
    d += `M${cx} ${y + ROW.barY}h${width}v${ROW.barH}h${-width}Z`;
    let worst: Severity | null = null;
    for (let i = c.first; i < c.last; i++)
      worst = worse(worst, worstSeverity(index.byAdvisory.get(row[i].advisory.key)));
    if (worst) marks[worst] += `M${cx} ${y + ROW.barY + ROW.barH + 2}h${width}`;
  }
  return (
    <g className="tl-cluster-row" aria-hidden="true">
      <path className="tl-cluster" data-cluster-row={rowIndex} d={d} />
      {(['info', 'warning', 'error'] as const).map((s) =>
        marks[s] ? <path key={s} className={`tl-cluster-mark tl-span-${s}`} d={marks[s]} /> : null,
      )}
    </g>
  );
});
