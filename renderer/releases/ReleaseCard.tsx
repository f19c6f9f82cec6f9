import { addCalendarDays } from '../../shared/domain/dates';
import type { Release } from '../../shared/domain/release';
import type { SettingsValues } from '../../shared/domain/settings';
import { slipAgainstBaseline, type ReleaseStanding } from '../../shared/planning';
import { formatDay, relativeDays } from '../common/dates';
import { Icon } from '../common/Icon';
import { useHistory } from '../history/historyStore';
import { commitReleaseBaseline, markMilestoneDone } from './releaseActions';
import { milestoneTitle } from './releaseDraft';
import { ReleaseBlockers } from './ReleaseBlockers';
import { ReleaseStandingLine } from './ReleaseStandingLine';
import './releaseStanding.css';
import { milestoneRows, summariseRelease } from './releaseView';
import { ReleaseSlip, SlipNote } from './SlipNote';
import './ReleaseCard.css';

interface ReleaseCardProps {
  release: Release;
  now: Date;
  today: string;
  /** Where the planner says it stands; undefined until the first analysis. */
  standing: ReleaseStanding | undefined;
  settings: SettingsValues | null;
  onEdit(): void;
  onDelete(): void;
}

export function ReleaseCard({
  release,
  now,
  today,
  standing,
  settings,
  onEdit,
  onDelete,
}: ReleaseCardProps) {
  const { released, date } = summariseRelease(release);
  const headingId = `release-${release.id}-name`;
  const rows = milestoneRows(release, today, settings ?? undefined);
  const overdue = standing?.state === 'overdue';
  const holding = new Set(standing?.openBlockers.filter((b) => b.holds).map((b) => b.id));
  const slips = new Map(slipAgainstBaseline(release).map((slip) => [slip.id, slip]));
  const releaseMilestone = release.milestones.find((m) => m.kind === 'release');
  // "Done today" is offered for what is due: overdue, or planned within the week.
  const dueBy = addCalendarDays(today, 7);
  const openHistory = useHistory((state) => state.open);
  return (
    <article className="release-card" aria-labelledby={headingId}>
      <header className="release-header">
        <h3 id={headingId} className="release-name">
          {release.name}
        </h3>
        <span
          className={
            released
              ? 'badge badge-released'
              : overdue
                ? 'badge badge-overdue'
                : 'badge badge-planned'
          }
          title={
            overdue
              ? 'Its planned date has passed and no release date is recorded: it has not happened'
              : undefined
          }
        >
          <Icon name={released ? 'check' : overdue ? 'alert' : 'clock'} />
          {released ? 'Released' : overdue ? 'Overdue' : 'Planned'}
        </span>
        <span className="release-when">
          {date ? (
            <>
              {released ? 'released ' : 'release '}
              <time dateTime={date}>{formatDay(date)}</time>
              {released ? null : <span className="muted"> · {relativeDays(date, now)}</span>}{' '}
              <ReleaseSlip slip={releaseMilestone && slips.get(releaseMilestone.id)} />
            </>
          ) : (
            <span className="muted">no release date</span>
          )}
        </span>
        <span className="row-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`History of release ${release.name}`}
            title="History: every change, who made it and why"
            onClick={() => openHistory({ entity: 'release', id: release.id, name: release.name })}
          >
            <Icon name="history" />
          </button>
          {released || rows.length === 0 ? null : (
            <button
              type="button"
              className="icon-button"
              aria-label={`Commit baseline of release ${release.name}`}
              title="Commit baseline: keep today's plan, so that later moves show as slips"
              onClick={() => void commitReleaseBaseline(release)}
            >
              <Icon name="flag" />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit release ${release.name}`}
            title="Edit release"
            onClick={onEdit}
          >
            <Icon name="pencil" />
          </button>
          <button
            type="button"
            className="icon-button icon-button-danger"
            aria-label={`Delete release ${release.name}`}
            title="Delete release"
            onClick={onDelete}
          >
            <Icon name="trash" />
          </button>
        </span>
      </header>
      {standing && !released ? <ReleaseStandingLine standing={standing} /> : null}
      {rows.length === 0 ? (
        <p className="panel-empty-line">No milestones. Edit the release to add its dates.</p>
      ) : (
        <table className="data-table milestone-table">
          <caption className="visually-hidden">Milestones of release {release.name}</caption>
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col" className="col-date">
                Planned
              </th>
              <th scope="col" className="col-date">
                Actual
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ milestone, done, next, state, overdueDays }) => (
              <tr
                key={milestone.id}
                className={
                  done
                    ? 'is-done'
                    : state === 'overdue'
                      ? 'is-overdue'
                      : next
                        ? 'is-next'
                        : undefined
                }
              >
                <th scope="row" className="milestone-name">
                  {milestoneTitle(milestone.kind, milestone.label)}
                  {next ? <span className="tag tag-next">next</span> : null}
                </th>
                <td className="col-date">
                  <time dateTime={milestone.planned}>{formatDay(milestone.planned)}</time>
                  {done ? null : <SlipNote slip={slips.get(milestone.id)} />}
                </td>
                <td className="col-date">
                  {milestone.actual ? (
                    <>
                      <span className="actual">
                        <Icon name="check" className="icon-done" />
                        <time dateTime={milestone.actual}>{formatDay(milestone.actual)}</time>
                      </span>
                      <SlipNote slip={slips.get(milestone.id)} />
                    </>
                  ) : !released && milestone.planned <= dueBy ? (
                    <>
                      {state === 'overdue' ? <OverdueNote days={overdueDays} /> : null}
                      <button
                        type="button"
                        className="button button-quiet mark-done"
                        aria-label={`Mark ${milestoneTitle(milestone.kind, milestone.label)} of ${release.name} done today`}
                        title="Record today as the day it happened"
                        onClick={() => void markMilestoneDone(release, milestone.id, today)}
                      >
                        Done today
                      </button>
                    </>
                  ) : (
                    <span className="muted" aria-label="not yet">
                      —
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReleaseBlockers release={release} today={today} holding={holding} />
    </article>
  );
}

function OverdueNote({ days }: { days: number }) {
  return (
    <span
      className="state state-overdue"
      title="Its planned date has passed and it is not recorded as done: it has not happened, and planning counts it from today"
    >
      <Icon name="alert" />
      Overdue {days === 1 ? '1 day' : `${days} days`}
    </span>
  );
}
