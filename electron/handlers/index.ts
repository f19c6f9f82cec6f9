import { contract, isCallName } from '../../shared/contract/calls';
import type { AsyncHandlers, Handlers } from '../../shared/contract/dispatch';
import { advisoryHandlers } from './advisories';
import { backupHandlers } from './backups';
import { calendarAsyncHandlers, calendarHandlers, type IcsReader } from './calendars';
import type { HandlerContext } from './context';
import { exchangeHandlers } from './exchange';
import { historyHandlers } from './history';
import { planHandlers } from './plan';
import { releaseHandlers } from './releases';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';
import { undoHandlers } from './undo';

type Table = Record<string, unknown>;

/** Every table's calls in one type: the intersection of the tables. */
type AllOf<U> = (U extends unknown ? (table: U) => void : never) extends (table: infer I) => void
  ? I
  : never;
type Merged<T extends readonly Table[]> = AllOf<T[number]>;

const prefixOf = (name: string) => name.slice(0, name.indexOf('.'));

/**
 * One table per file, each the calls of one prefix (`templates.*` in
 * templates.ts), merged into one. A call handled twice, a table that mixes
 * prefixes or shares one with another table, a handler for a call the
 * contract does not have, or a call left without one is refused here, when
 * the backend starts, rather than one handler silently replacing another.
 */
export function assembleHandlers<T extends readonly Table[]>(tables: T): Merged<T> {
  const merged: Table = {};
  const holder = new Map<string, number>();
  const filed = new Map<string, number>();
  tables.forEach((table, index) => {
    const names = Object.keys(table);
    for (const name of names) {
      if (holder.has(name))
        throw new Error(`call ${name} is handled twice (tables ${holder.get(name)} and ${index})`);
      if (!isCallName(name)) throw new Error(`call ${name} is not in the contract (calls.ts)`);
      holder.set(name, index);
      merged[name] = table[name];
    }
    const prefixes = [...new Set(names.map(prefixOf))];
    if (prefixes.length > 1)
      throw new Error(
        `handler table ${index} mixes the calls of ${prefixes.join(', ')}: one file per prefix`,
      );
    for (const prefix of prefixes) {
      if (filed.has(prefix))
        throw new Error(
          `the ${prefix}.* calls are split between tables ${filed.get(prefix)} and ${index}`,
        );
      filed.set(prefix, index);
    }
  });
  const missing = Object.keys(contract).filter((name) => !holder.has(name));
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  return merged as Merged<T>;
}

/** The one handler table every transport serves, in the order of calls.ts. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return assembleHandlers([
    planHandlers(ctx),
    releaseHandlers(ctx),
    advisoryHandlers(ctx),
    settingsHandlers(ctx),
    exchangeHandlers(ctx),
    templateHandlers(ctx),
    historyHandlers(ctx),
    undoHandlers(ctx),
    calendarHandlers(ctx),
    backupHandlers(ctx),
  ] as const);
}

/**
 * The calls that the asynchronous front doors (IPC, the loopback server)
 * run off their event loop; `readCalendar` reads .ics files elsewhere.
 */
export function createAsyncHandlers(ctx: HandlerContext, readCalendar: IcsReader): AsyncHandlers {
  return { ...calendarAsyncHandlers(ctx, readCalendar) };
}
