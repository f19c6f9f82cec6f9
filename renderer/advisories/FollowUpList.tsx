import type { FollowUp } from '../../shared/domain/advisory';
import { formatDay, formatInstantUtc } from '../common/dates';
import { HIDDEN } from '../common/redaction';

/** A follow-up as the list may show it: its summary null when presentation mode hides it. */
export type ShownFollowUp = Omit<FollowUp, 'summary'> & { summary: string | null };

/** The follow-up fixes under an advisory: what each is, when it is due, and a re-issue's own lift. */
export function FollowUpList({ followUps }: { followUps: ShownFollowUp[] }) {
  if (followUps.length === 0) return null;
  return (
    <ul className="followup-list">
      {followUps.map((f) => (
        <li key={f.id} className={`followup is-${f.status}`}>
          <span className={f.summary === null ? 'muted' : undefined}>
            {f.summary ?? `Follow-up ${HIDDEN}`}
          </span>
          <span className="followup-meta">
            <span className={`followup-status is-${f.status}`}>{f.status}</span>
            {f.expectedAt ? (
              <>
                {' · due '}
                <time dateTime={f.expectedAt}>{formatDay(f.expectedAt)}</time>
              </>
            ) : null}
            {f.publicAt ? (
              <>
                {' · own lift '}
                <time dateTime={f.publicAt}>{formatInstantUtc(f.publicAt)}</time>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
