import type { AsyncHandlers, Handlers } from '../../shared/contract/dispatch';
import { advisoryHandlers } from './advisories';
import { backupHandlers } from './backups';
import { calendarAsyncHandlers, calendarHandlers, type IcsReader } from './calendars';
import type { HandlerContext } from './context';
import { exchangeHandlers } from './exchange';
import { planHandlers } from './plan';
import { planningHandlers } from './planning';
import { releaseHandlers } from './releases';
import { securityWorkflowHandlers } from './securityWorkflow';
import { settingsHandlers } from './settings';

/** The one handler table every transport serves. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...planHandlers(ctx),
    ...releaseHandlers(ctx),
    ...advisoryHandlers(ctx),
    ...settingsHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...securityWorkflowHandlers(ctx),
    ...backupHandlers(ctx),
    ...calendarHandlers(ctx),
    ...planningHandlers(ctx),
  };
}

/**
 * The calls that the asynchronous front doors (IPC, the loopback server)
 * run off their event loop; `readCalendar` reads .ics files elsewhere.
 */
export function createAsyncHandlers(ctx: HandlerContext, readCalendar: IcsReader): AsyncHandlers {
  return { ...calendarAsyncHandlers(ctx, readCalendar) };
}
