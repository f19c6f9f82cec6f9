import { useId } from 'react';
import type { Release } from '../../shared/domain/release';
import { scopesOf, type ExportFormat } from './exportChoice';
import './ChoiceList.css';

interface ScopeChoiceProps {
  format: ExportFormat;
  releases: readonly Release[];
  release: string | null;
  /** The release to pick when switching to "One release" with none chosen yet. */
  fallbackRelease: string | null;
  onChange(release: string | null): void;
}

/** Whole plan or one release; what the format cannot do is shown off, with why. */
export function ScopeChoice({
  format,
  releases,
  release,
  fallbackRelease,
  onChange,
}: ScopeChoiceProps) {
  const id = useId();
  const scopes = scopesOf(format);
  const noReleases = releases.length === 0;
  const why =
    format === 'mail'
      ? noReleases
        ? 'Add a release first: a schedule mail is about one release.'
        : 'A schedule mail is about one release.'
      : format === 'bundle'
        ? 'A bundle always holds the whole plan.'
        : null;
  return (
    <fieldset className="choice-group" aria-describedby={why ? `${id}-why` : undefined}>
      <legend className="field-label">Scope</legend>
      <div className="scope-options">
        <label className={`scope-option${scopes.plan ? '' : ' is-disabled'}`}>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={release === null}
            disabled={!scopes.plan}
            onChange={() => onChange(null)}
          />
          Whole plan
        </label>
        <label className={`scope-option${scopes.release && !noReleases ? '' : ' is-disabled'}`}>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={release !== null}
            disabled={!scopes.release || noReleases}
            onChange={() => onChange(fallbackRelease)}
          />
          One release
        </label>
        <select
          className="input scope-release"
          aria-label="Release"
          value={release ?? ''}
          disabled={!scopes.release || noReleases}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {release === null ? <option value="">Choose…</option> : null}
          {releases.map((r) => (
            <option key={r.id} value={r.name}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {why ? (
        <p id={`${id}-why`} className="field-hint">
          {why}
        </p>
      ) : null}
    </fieldset>
  );
}
