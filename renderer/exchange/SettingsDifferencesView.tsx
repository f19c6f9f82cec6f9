import type { SettingsDifferences } from '../../shared/exchange/settingsMerge';
import { formatDay } from '../common/dates';
import { ChoiceList } from './ChoiceList';
import { plural } from './exportChoice';
import { firstOf, type ImportChoices } from './importPreview';

const MAX_DAYS = 24;

interface Props {
  differences: SettingsDifferences;
  choices: ImportChoices;
  onChange(choices: ImportChoices): void;
}

/**
 * A bundle's settings and holidays beside the user's own, each difference
 * listed, with the choice of what to do: an import never replaces them
 * silently. By default the user's settings stay and the holidays merge.
 */
export function SettingsDifferencesView({ differences, choices, onChange }: Props) {
  const { settings, holidays } = differences;
  const dayCount = holidays.theirsOnly.length + holidays.oursOnly.length + holidays.renamed.length;
  if (settings.length === 0 && dayCount === 0) return null;
  return (
    <section className="import-settings" aria-label="Settings and holidays in the file">
      {settings.length > 0 ? (
        <div className="import-settings-part">
          <h4>
            {plural(settings.length, 'setting')} in the file{' '}
            {settings.length === 1 ? 'differs' : 'differ'} from yours
          </h4>
          <table className="data-table import-settings-table">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Yours</th>
                <th scope="col">In the file</th>
              </tr>
            </thead>
            <tbody>
              {settings.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{d.label}</th>
                  <td className={choices.settings === 'keep' ? 'is-kept' : 'is-replaced'}>
                    {d.ours}
                  </td>
                  <td className={choices.settings === 'take' ? 'is-kept' : 'is-replaced'}>
                    {d.theirs}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChoiceList
            legend="The file's settings"
            layout="row"
            value={choices.settings}
            onChange={(value) => onChange({ ...choices, settings: value })}
            choices={[
              { id: 'keep', label: 'Keep yours', hint: 'The file’s settings are ignored.' },
              {
                id: 'take',
                label: 'Take the file’s',
                hint: `${plural(settings.length, 'setting')} change; undo takes ${settings.length === 1 ? 'it' : 'them'} back.`,
              },
            ]}
          />
        </div>
      ) : null}
      {dayCount > 0 ? (
        <div className="import-settings-part">
          <h4>Holidays</h4>
          <dl className="import-holidays">
            <HolidayList
              title="Only in the file"
              days={holidays.theirsOnly.map((h) => `${formatDay(h.date)} · ${h.name}`)}
            />
            <HolidayList
              title="Only yours"
              days={holidays.oursOnly.map((h) => `${formatDay(h.date)} · ${h.name}`)}
            />
            <HolidayList
              title="Named differently"
              days={holidays.renamed.map(
                (h) => `${formatDay(h.date)} · yours “${h.ours}”, the file’s “${h.theirs}”`,
              )}
            />
          </dl>
          <ChoiceList
            legend="The file's holidays"
            layout="row"
            value={choices.holidays}
            onChange={(value) => onChange({ ...choices, holidays: value })}
            choices={[
              {
                id: 'merge',
                label: 'Merge',
                hint:
                  holidays.theirsOnly.length > 0
                    ? `Adds ${plural(holidays.theirsOnly.length, 'day')}; yours and your names stay.`
                    : 'Nothing to add; yours stay.',
              },
              { id: 'keep', label: 'Keep yours', hint: 'The file’s holidays are ignored.' },
              {
                id: 'take',
                label: 'Take the file’s',
                hint:
                  holidays.oursOnly.length > 0
                    ? `Removes ${plural(holidays.oursOnly.length, 'of yours', 'of yours')} not in the file.`
                    : 'Yours become exactly the file’s.',
              },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}

function HolidayList({ title, days }: { title: string; days: string[] }) {
  if (days.length === 0) return null;
  const { shown, more } = firstOf(days, MAX_DAYS);
  return (
    <div>
      <dt>
        {title} <span className="import-count-number">{days.length}</span>
      </dt>
      <dd>
        <ul className="name-list">
          {shown.map((day) => (
            <li key={day}>{day}</li>
          ))}
          {more > 0 ? <li className="name-list-more">and {more} more</li> : null}
        </ul>
      </dd>
    </div>
  );
}
