import type { ReactNode } from 'react';
import { formatDay } from '../common/dates';
import { formatSize, type TextFile } from '../files/readTextFile';
import { firstOf, recognisedAs, type ImportOutcome } from './importPreview';

/** Names shown per list; an xsa.json adds hundreds, and the count says how many. */
const MAX_NAMES = 40;
const MAX_PROBLEMS = 100;

function Names({ names }: { names: readonly string[] }) {
  const { shown, more } = firstOf(names, MAX_NAMES);
  if (names.length === 0) return null;
  return (
    <ul className="name-list">
      {shown.map((name) => (
        <li key={name}>{name}</li>
      ))}
      {more > 0 ? <li className="name-list-more">and {more} more</li> : null}
    </ul>
  );
}

function Count({
  label,
  count,
  tone,
  children,
}: {
  label: string;
  count: number;
  tone?: 'bad' | 'quiet';
  children?: ReactNode;
}) {
  return (
    <div className={`import-count${tone ? ` is-${tone}` : ''}${count === 0 ? ' is-zero' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="import-count-number">{count}</span>
        {children}
      </dd>
    </div>
  );
}

/** Each problem with its place in the file first: that is what the user goes and fixes. */
function Problems({
  title,
  items,
  tone,
}: {
  title: string;
  items: readonly { where: string; reason: string }[];
  tone: 'refused' | 'skipped';
}) {
  const { shown, more } = firstOf(items, MAX_PROBLEMS);
  if (items.length === 0) return null;
  return (
    <section className={`import-problems is-${tone}`} aria-label={title}>
      <h4>{title}</h4>
      <ul>
        {shown.map((item, index) => (
          <li key={`${index}:${item.where}`}>
            <code className="import-where">{item.where}</code>
            <span className="import-reason">{item.reason}</span>
          </li>
        ))}
        {more > 0 ? <li className="name-list-more">and {more} more</li> : null}
      </ul>
    </section>
  );
}

/** What an import would do: counts, names, and every refusal with its place. */
export function ImportReportView({ outcome, file }: { outcome: ImportOutcome; file: TextFile }) {
  return (
    <section className="import-report" aria-label="Import preview">
      <p className="import-recognised">
        Read <span className="import-file-name">{file.fileName}</span> ({formatSize(file.size)}) as{' '}
        <strong>{recognisedAs(outcome)}</strong>. Nothing has been written yet.
      </p>
      <Body outcome={outcome} />
    </section>
  );
}

function Body({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'plan') {
    const { added, changed, unchanged, refused } = outcome.report;
    return (
      <>
        <dl className="import-counts">
          <Count label="To add" count={added.length}>
            <Names names={added} />
          </Count>
          <Count label="To change" count={changed.length}>
            <Names names={changed} />
          </Count>
          <Count label="Unchanged" count={unchanged} tone="quiet" />
          <Count label="Refused" count={refused.length} tone={refused.length ? 'bad' : 'quiet'} />
        </dl>
        <Problems title="Refused entries" items={refused} tone="refused" />
      </>
    );
  }
  if (outcome.kind === 'holidays') {
    const { added, unchanged, skipped, holidays } = outcome.report;
    return (
      <>
        <dl className="import-counts">
          <Count label="New holidays" count={added.length}>
            <Names names={added.map(formatDay)} />
          </Count>
          <Count label="Already holidays" count={unchanged} tone="quiet" />
          <Count label="Skipped" count={skipped.length} tone="quiet" />
          <Count label="Holidays afterwards" count={holidays} />
        </dl>
        <Problems title="Skipped events" items={skipped} tone="skipped" />
      </>
    );
  }
  const { name, replaced, events, skipped } = outcome.report;
  return (
    <>
      <dl className="import-counts">
        <Count label="Events" count={events}>
          <span className="import-count-note">
            in “{name}”
            {replaced ? ', replacing the calendar of that name' : ', a new reference calendar'}
          </span>
        </Count>
        <Count label="Skipped" count={skipped.length} tone="quiet" />
      </dl>
      <Problems title="Skipped events" items={skipped} tone="skipped" />
    </>
  );
}
