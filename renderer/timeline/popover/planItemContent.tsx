import { BLOCKER_KIND_LABELS } from '../../../shared/domain/release';
import { STATUS_TEXT } from '../../advisories/StatusBadge';
import { formatInstantInZone, isUtcZone, localZone } from '../../common/dates';
import { shownCves, shownFollowUpSummary, shownTitle } from '../../common/redaction';
import { DAY_MS } from '../geometry/scale';
import { dayText, instantText } from '../model/labels';
import { followUpMovable } from '../model/preview';
import type { Target } from '../model/targets';
import type { TimelineData } from '../state/useTimelineData';
import { FindingList } from './FindingList';
import type { PopoverContent } from './Popover';

// What the popover says about the plan's own items: a milestone, an
// advisory, a follow-up fix. Titles, CVEs and summaries go through the
// redaction rules, so presenting hides them here as everywhere.

export function milestoneContent(
  { mark, lane }: Extract<Target, { kind: 'milestone' }>,
  data: TimelineData,
): PopoverContent {
  const slip = mark.baseline === null ? null : Math.round((mark.at - mark.baseline) / DAY_MS);
  const overdueDays =
    !mark.happened && mark.planned < data.todayMs
      ? Math.round((data.todayMs - mark.planned) / DAY_MS)
      : 0;
  const standing = data.analysis.releases.find((r) => r.release === lane.release.name);
  const isOpenRelease = mark.kind === 'release' && !lane.released;
  return {
    title: mark.kind === 'release' ? mark.name : `${lane.release.name} — ${mark.name}`,
    body: (
      <>
        <dl className="tl-facts">
          <div>
            <dt>Planned</dt>
            <dd>{dayText(mark.planned)}</dd>
          </div>
          {mark.actual !== null ? (
            <div>
              <dt>Happened</dt>
              <dd>{dayText(mark.actual)}</dd>
            </div>
          ) : null}
          {overdueDays > 0 ? (
            <div>
              <dt>Overdue</dt>
              <dd className="tl-overdue-text">
                {overdueDays === 1 ? '1 day' : `${overdueDays} days`}: not recorded as done
              </dd>
            </div>
          ) : null}
          {isOpenRelease && standing && standing.heldBySecurity.length > 0 ? (
            <div>
              <dt>Held by</dt>
              <dd>
                {standing.heldBySecurity.join(', ')}
                {standing.onlyWaitingOnSecurity ? ' (only waiting on security)' : ''}
              </dd>
            </div>
          ) : null}
          {mark.baseline !== null ? (
            <div>
              <dt>Baseline</dt>
              <dd>
                {dayText(mark.baseline)} (
                {slip! > 0 ? `${slip} days later now` : `${-slip!} days earlier now`})
              </dd>
            </div>
          ) : null}
        </dl>
        {isOpenRelease && standing && standing.openBlockers.length > 0 ? (
          <ul className="tl-list">
            {standing.openBlockers.map((b) => (
              <li key={b.id}>
                {BLOCKER_KIND_LABELS[b.kind]}: {b.title}
                {b.holds ? ' (holds the release)' : ''}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="tl-hint">
          {mark.happened
            ? 'It happened: click to edit.'
            : isOpenRelease
              ? 'Drag it (or Alt+arrows) to move it; click to edit it and its blockers.'
              : 'Drag it (or Alt+arrows) to move it; click to edit.'}
        </p>
      </>
    ),
  };
}

export function followUpContent(
  { item, mark }: Extract<Target, { kind: 'follow-up' }>,
  data: TimelineData,
): PopoverContent {
  const summary = shownFollowUpSummary(item.advisory, mark.followUp, data.now, data.presenting);
  return {
    title: `Follow-up fix to ${item.advisory.key}`,
    body: (
      <>
        <p>{summary ?? 'Its summary is hidden while presenting.'}</p>
        <dl className="tl-facts">
          <div>
            <dt>{mark.followUp.publicAt ? 'Own lift' : 'Expected'}</dt>
            <dd>{mark.followUp.publicAt ? instantText(mark.at) : dayText(mark.at)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{mark.followUp.status}</dd>
          </div>
        </dl>
        <p className="tl-hint">
          {followUpMovable(mark.followUp)
            ? 'Drag it (or Alt+arrows) to move its expected date; click to edit.'
            : 'It has a lift of its own: change it in the editor (click).'}
        </p>
      </>
    ),
  };
}

export function advisoryContent(
  { item }: Extract<Target, { kind: 'advisory' }>,
  data: TimelineData,
): PopoverContent {
  const { advisory } = item;
  const title = shownTitle(advisory, data.now, data.presenting);
  const cves = shownCves(advisory, data.now, data.presenting);
  const zone = localZone();
  const days =
    item.predisclosure === null ? null : Math.round((item.lift - item.predisclosure) / DAY_MS);
  return {
    title: advisory.key,
    badge: <span className={`tl-badge tl-badge-${item.status}`}>{STATUS_TEXT[item.status]}</span>,
    body: (
      <>
        <p className={title === null ? 'tl-hidden-text' : undefined}>
          {title === null ? 'Title and CVEs hidden while presenting' : title || 'No title'}
        </p>
        {cves.length > 0 ? <p className="tl-muted">{cves.join(', ')}</p> : null}
        <dl className="tl-facts">
          {item.predisclosure !== null ? (
            <div>
              <dt>Pre-disclosure</dt>
              <dd>
                {instantText(item.predisclosure)}
                {days !== null ? ` (${days} days before the lift)` : ''}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{item.status === 'embargoed' ? 'Lifts' : 'Lifted'}</dt>
            <dd>
              {instantText(item.lift)}
              {isUtcZone(zone) ? null : (
                <span className="tl-muted"> · {formatInstantInZone(advisory.publicAt, zone)}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Affects</dt>
            <dd>{advisory.affects.length > 0 ? advisory.affects.join(', ') : 'no release'}</dd>
          </div>
        </dl>
        {item.followUps.length > 0 ? (
          <ul className="tl-list">
            {item.followUps.map((f) => {
              const summary = shownFollowUpSummary(advisory, f.followUp, data.now, data.presenting);
              return (
                <li key={f.id}>
                  Follow-up ({f.followUp.status}) {f.followUp.publicAt ? 'published' : 'due'}{' '}
                  {dayText(f.at)}
                  {summary ? `: ${summary}` : ''}
                </li>
              );
            })}
          </ul>
        ) : null}
        <FindingList findings={data.index.byAdvisory.get(advisory.key) ?? []} />
        <p className="tl-hint">Drag the handle at the lift to move the embargo; click to edit.</p>
      </>
    ),
  };
}
