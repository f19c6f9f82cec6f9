import type { CallInputParsed } from '../../shared/contract/calls';
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

export function settingsHandlers(ctx: HandlerContext) {
  return {
    'settings.get': () => readSettings(ctx.db),
    'settings.update': ({ revision, ...changes }: CallInputParsed<'settings.update'>) =>
      writeTransaction(ctx, () => {
        const { revision: current, ...values } = readSettings(ctx.db);
        checkRevision('settings', '', current, revision);
        return storeSettings(ctx, { ...values, ...stripUndefined(changes) });
      }),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
