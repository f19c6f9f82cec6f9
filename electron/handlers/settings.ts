import type { CallInputParsed } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/errors/result';
import type { Settings, SettingsValues } from '../../shared/domain/settings';
import { recordChange } from '../store/changeLog';
import { readSettings, writeSettings } from '../store/settingsTable';
import { writeTransaction, type HandlerContext } from './context';
import { checkRevision } from './revision';

export function storeSettings(ctx: HandlerContext, values: SettingsValues): Settings {
  const before = readSettings(ctx.db);
  writeSettings(ctx.db, values);
  const after = readSettings(ctx.db);
  recordChange(ctx.db, ctx.source, {
    entity: 'settings',
    entityId: 1,
    entityName: 'settings',
    action: before.revision === 0 ? 'create' : 'update',
    before,
    after,
  });
  return after;
}

type SettingsChanges = Omit<CallInputParsed<'settings.update'>, 'revision'>;

/**
 * The settings after `changes`, holidays sorted and once each. Removing a
 * holiday drops its name with it; a name for a day that is not a holiday is
 * refused rather than kept where nothing shows it.
 */
export function mergeSettings(current: SettingsValues, changes: SettingsChanges): SettingsValues {
  const merged = { ...current, ...stripUndefined(changes) };
  const holidays = [...new Set(merged.holidays)].sort();
  const known = new Set(holidays);
  let holidayNames = merged.holidayNames;
  if (changes.holidayNames === undefined)
    holidayNames = Object.fromEntries(Object.entries(holidayNames).filter(([d]) => known.has(d)));
  const stray = Object.keys(holidayNames).filter((date) => !known.has(date));
  if (stray.length > 0)
    throw new PlannerError(
      'invalid_input',
      stray
        .slice(0, 10)
        .map(
          (date) => `holidayNames.${date}: names a day that is not in the holidays; add it first`,
        )
        .join('; '),
    );
  return { ...merged, holidays, holidayNames };
}

export function settingsHandlers(ctx: HandlerContext) {
  return {
    'settings.get': () => readSettings(ctx.db),
    'settings.update': ({ revision, ...changes }: CallInputParsed<'settings.update'>) =>
      writeTransaction(ctx, () => {
        const { revision: current, ...values } = readSettings(ctx.db);
        checkRevision('settings', '', current, revision);
        const merged = mergeSettings(values, changes);
        // Saving what is already stored writes nothing: no revision, no undo step.
        if (current > 0 && JSON.stringify(merged) === JSON.stringify(values))
          return readSettings(ctx.db);
        return storeSettings(ctx, merged);
      }),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
