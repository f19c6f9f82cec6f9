import type { Finding } from '../../../shared/planning';
import { SeverityBadge } from '../../findings/SeverityBadge';

/** Findings as a short list in a popover, each with its severity. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="tl-list">
      {findings.map((f) => (
        <li key={f.id}>
          <SeverityBadge severity={f.severity} /> {f.message}
        </li>
      ))}
    </ul>
  );
}
