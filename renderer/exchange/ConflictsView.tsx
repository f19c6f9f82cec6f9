import type { ImportReport } from '../../shared/contract/calls';
import { ChoiceList } from './ChoiceList';
import { plural } from './exportChoice';
import { firstOf, type ImportChoices } from './importPreview';

const MAX_SHOWN = 24;

interface Props {
  conflicts: ImportReport['conflicts'];
  choices: ImportChoices;
  onChange(choices: ImportChoices): void;
}

/**
 * Records both sides changed since their last exchange, and not the same
 * way: the file would overwrite a change of yours that its sender never saw.
 * Yours stay unless the user takes the file's.
 */
export function ConflictsView({ conflicts, choices, onChange }: Props) {
  if (conflicts.length === 0) return null;
  const { shown, more } = firstOf(
    conflicts.map((c) => c.record),
    MAX_SHOWN,
  );
  return (
    <section className="import-settings import-conflicts" aria-label="Changed on both sides">
      <div className="import-settings-part">
        <h4>{plural(conflicts.length, 'record')} changed on both sides since your last exchange</h4>
        <p className="muted">
          You and the sender each changed {conflicts.length === 1 ? 'it' : 'these'} since the bundle
          you last swapped, differently. The history of each shows your change.
        </p>
        <ul className="name-list">
          {shown.map((record) => (
            <li key={record}>{record}</li>
          ))}
          {more > 0 ? <li className="name-list-more">and {more} more</li> : null}
        </ul>
        <ChoiceList
          legend="Changed on both sides"
          layout="row"
          value={choices.conflicts}
          onChange={(value) => onChange({ ...choices, conflicts: value })}
          choices={[
            { id: 'ours', label: 'Keep yours', hint: 'The file’s version of these is ignored.' },
            {
              id: 'theirs',
              label: 'Take the file’s',
              hint: 'Your changes to these are replaced; undo takes them back.',
            },
          ]}
        />
      </div>
    </section>
  );
}
