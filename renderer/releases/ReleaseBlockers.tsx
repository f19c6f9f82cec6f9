import { useId, useState, type FormEvent } from 'react';
import { isoDate } from '../../shared/domain/dateSchemas';
import {
  BLOCKER_KIND_LABELS,
  BLOCKER_KINDS,
  isOpenBlocker,
  type BlockerKind,
  type Release,
} from '../../shared/domain/release';
import { formatDay } from '../common/dates';
import { Icon } from '../common/Icon';
import { addBlocker, setBlockerResolved } from './releaseActions';

interface ReleaseBlockersProps {
  release: Release;
  today: string;
  /** Which open blockers hold the release (expected too late, or undated while it is close). */
  holding: ReadonlySet<number>;
}

/**
 * What holds the release besides embargoes: bugs, test gates that have not
 * passed, anything else. Each can be resolved (today) or reopened with one
 * click, and a new one added in a line; the release editor edits them fully.
 */
export function ReleaseBlockers({ release, today, holding }: ReleaseBlockersProps) {
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const released = release.status === 'released';
  const open = release.blockers.filter((b) => isOpenBlocker(b, today));
  if (released && release.blockers.length === 0) return null;
  return (
    <section className="release-blockers" aria-labelledby={headingId}>
      <div className="release-blockers-head">
        <h4 id={headingId}>
          Other blockers{' '}
          <span className="count" title="Open blockers of all recorded">
            {open.length} open
            {release.blockers.length > open.length ? ` of ${release.blockers.length}` : ''}
          </span>
        </h4>
        {released || adding ? null : (
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Add a blocker to ${release.name}`}
            title="A bug, a test gate that has not passed, anything but an embargo that holds the release"
            onClick={() => setAdding(true)}
          >
            <Icon name="plus" />
            Add blocker
          </button>
        )}
      </div>
      {release.blockers.length === 0 && !adding ? (
        <p className="panel-empty-line">
          None recorded: only embargoes can hold {release.name} past its date.
        </p>
      ) : null}
      {release.blockers.length > 0 ? (
        <ul className="blocker-list">
          {release.blockers.map((blocker) => {
            const isOpen = isOpenBlocker(blocker, today);
            const holds = holding.has(blocker.id);
            return (
              <li
                key={blocker.id}
                className={`blocker ${isOpen ? (holds ? 'is-holding' : 'is-open') : 'is-resolved'}`}
              >
                <span className={`tag tag-blocker tag-${blocker.kind}`}>
                  {BLOCKER_KIND_LABELS[blocker.kind]}
                </span>
                <span className="blocker-title">{blocker.title}</span>
                <span className="blocker-dates muted">
                  opened {formatDay(blocker.openedOn)}
                  {isOpen
                    ? blocker.expectedOn
                      ? ` · expected ${formatDay(blocker.expectedOn)}`
                      : ' · no expected date'
                    : ` · resolved ${formatDay(blocker.resolvedOn!)}`}
                </span>
                {holds ? <span className="blocker-holds">holds the release</span> : null}
                {released ? null : isOpen ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Resolve ${blocker.title} today`}
                    title="Record today as the day it was resolved"
                    disabled={blocker.openedOn > today}
                    onClick={() => void setBlockerResolved(release, blocker.id, today)}
                  >
                    Resolved today
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Reopen ${blocker.title}`}
                    onClick={() => void setBlockerResolved(release, blocker.id, null)}
                  >
                    Reopen
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {adding ? (
        <AddBlockerForm release={release} today={today} onDone={() => setAdding(false)} />
      ) : null}
    </section>
  );
}

function AddBlockerForm({
  release,
  today,
  onDone,
}: {
  release: Release;
  today: string;
  onDone(): void;
}) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<BlockerKind>('bug');
  const [expected, setExpected] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Give the blocker a title.');
    const expectedOn = expected.trim() === '' ? null : expected.trim();
    if (expectedOn !== null) {
      const parsed = isoDate.safeParse(expectedOn);
      if (!parsed.success) return setProblem(`Expected: ${parsed.error.issues[0].message}.`);
    }
    setBusy(true);
    const ok = await addBlocker(release, {
      title: title.trim(),
      kind,
      openedOn: today,
      expectedOn,
      resolvedOn: null,
    });
    setBusy(false);
    if (ok) onDone();
  };

  return (
    <form
      className="blocker-add"
      aria-label={`New blocker of ${release.name}`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-title`}>
        Blocker title
      </label>
      <input
        id={`${id}-title`}
        className="input"
        placeholder="What holds it, e.g. osstest push gate not passed"
        value={title}
        autoFocus
        maxLength={200}
        aria-invalid={problem !== null && title.trim() === ''}
        onChange={(event) => {
          setTitle(event.target.value);
          setProblem(null);
        }}
      />
      <label className="visually-hidden" htmlFor={`${id}-kind`}>
        Kind
      </label>
      <select
        id={`${id}-kind`}
        className="input"
        value={kind}
        onChange={(event) => setKind(event.target.value as BlockerKind)}
      >
        {BLOCKER_KINDS.map((k) => (
          <option key={k} value={k}>
            {BLOCKER_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-expected`}>
        Expected resolution (YYYY-MM-DD, optional)
      </label>
      <input
        id={`${id}-expected`}
        className="input input-date"
        placeholder="Expected YYYY-MM-DD"
        inputMode="numeric"
        value={expected}
        onChange={(event) => {
          setExpected(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add'}
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
