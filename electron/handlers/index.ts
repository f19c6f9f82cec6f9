import type { Handlers } from '../../shared/contract/dispatch';
import { advisoryHandlers } from './advisories';
import type { HandlerContext } from './context';
import { exchangeHandlers } from './exchange';
import { planHandlers } from './plan';
import { releaseHandlers } from './releases';
import { settingsHandlers } from './settings';

/** The one handler table every transport serves. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...planHandlers(ctx),
    ...releaseHandlers(ctx),
    ...advisoryHandlers(ctx),
    ...settingsHandlers(ctx),
    ...exchangeHandlers(ctx),
  };
}
