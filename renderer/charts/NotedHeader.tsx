import type { ReactNode } from 'react';
import './charts.css';

/**
 * A number column's heading with the footnote that explains it: the mark is
 * for the eye (the list under the table), the tooltip says it on hover.
 */
export function NotedHeader({
  notes,
  n,
  children,
}: {
  notes: readonly string[];
  /** The footnote's number, counted from 1. */
  n: number;
  children: ReactNode;
}) {
  return (
    <th scope="col" className="num" title={notes[n - 1]}>
      {children}
      <sup className="note-mark" aria-hidden="true">
        {n}
      </sup>
    </th>
  );
}
