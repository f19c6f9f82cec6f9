import type { AsyncHandlers, Handlers } from '../../shared/contract/dispatch';
import { advisoryHandlers } from './advisories';
import { backupHandlers } from './backups';
import { calendarAsyncHandlers, calendarHandlers, type IcsReader } from './calendars';
import type { HandlerContext } from './context';
import { exchangeHandlers } from './exchange';
import { planHandlers } from './plan';
import { releaseHandlers } from './releases';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';
import { historyHandlers } from './history';
import { undoHandlers } from './undo';

/** The one handler table every transport serves. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...planHandlers(ctx),
    ...releaseHandlers(ctx),
    ...advisoryHandlers(ctx),
    ...settingsHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...historyHandlers(ctx),
    ...undoHandlers(ctx),
    ...backupHandlers(ctx),
    ...calendarHandlers(ctx),
    ...templateHandlers(ctx),
  };
}

/**
 * The calls that the asynchronous front doors (IPC, the loopback server)
 * run off their event loop; `readCalendar` reads .ics files elsewhere.
 */
export function createAsyncHandlers(ctx: HandlerContext, readCalendar: IcsReader): AsyncHandlers {
  return { ...calendarAsyncHandlers(ctx, readCalendar) };
}
