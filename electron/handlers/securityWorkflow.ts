import type { CallInputParsed } from '../../shared/contract/calls';
import { advisoryDefaultsFor } from '../../shared/advisories/defaults';
import { parseAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import { readAdvisories } from '../store/advisoriesTable';
import { readReleases } from '../store/releasesTable';
import { readSettings } from '../store/settingsTable';
import type { HandlerContext } from './context';
import { historyHandlers } from './history';
import { undoHandlers } from './undo';

/** The security team's calls: fast entry, paste, history, embargo moves, undo. */
export function securityWorkflowHandlers(ctx: HandlerContext) {
  return {
    'advisories.defaults': () =>
      advisoryDefaultsFor({
        now: ctx.now(),
        settings: readSettings(ctx.db),
        advisories: readAdvisories(ctx.db),
        releases: readReleases(ctx.db),
      }),
    'advisories.parsePaste': ({ text }: CallInputParsed<'advisories.parsePaste'>) =>
      parseAdvisoryMail(text),
    ...historyHandlers(ctx),
    ...undoHandlers(ctx),
  };
}
