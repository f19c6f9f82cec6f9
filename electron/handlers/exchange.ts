import type { CallInputParsed, ImportReport } from '../../shared/contract/calls';
import { publishedStatus } from '../../shared/domain/advisory';
import { isReleased } from '../../shared/domain/release';
import { exportBundle } from '../../shared/exchange/exportBundle';
import { mergePlan } from '../../shared/exchange/mergePlan';
import { readImport } from '../../shared/exchange/readImport';
import { readAdvisories } from '../store/advisoriesTable';
import { readReleases } from '../store/releasesTable';
import { readSettings } from '../store/settingsTable';
import { asPublished, createAdvisory, replaceAdvisory } from './advisories';
import { writeTransaction, type HandlerContext } from './context';
import { createRelease, replaceRelease } from './releases';
import { storeSettings } from './settings';

export function readPlan(ctx: HandlerContext) {
  const { revision, ...settings } = readSettings(ctx.db);
  void revision;
  return {
    releases: readReleases(ctx.db),
    advisories: asPublished(ctx, readAdvisories(ctx.db)),
    settings,
  };
}

/**
 * Reads, plans and (unless previewing or anything was refused) writes an
 * import in one transaction, so the file goes in whole or not at all.
 */
export function importContent(
  ctx: HandlerContext,
  { content, fileName, preview, settings, holidays }: CallInputParsed<'exchange.import'>,
): ImportReport {
  const work = () => {
    const current = readPlan(ctx);
    const read = readImport(content, fileName, {
      now: ctx.now(),
      newAffects: current.releases.filter((r) => !isReleased(r)).map((r) => r.name),
    });
    // With autoPublishAtLift on, a bundle exported before a lift says
    // "embargoed" where the plan reads "public" by now. Compare like with
    // like, or every re-import would "change" it.
    if (current.settings.autoPublishAtLift) {
      const now = ctx.now();
      for (const advisory of read.incoming.advisories)
        advisory.status = publishedStatus(advisory, now, true);
    }
    const plan = mergePlan(current, read.incoming, { settings, holidays });
    const refused = [...read.refused, ...plan.refused];
    const applied = !preview && refused.length === 0;
    if (applied) {
      // Releases first: advisories name them in `affects`.
      for (const op of plan.releases)
        if (op.existing) replaceRelease(ctx, op.existing, op.values);
        else createRelease(ctx, op.values);
      for (const op of plan.advisories)
        if (op.existing) replaceAdvisory(ctx, op.existing, op.values);
        else createAdvisory(ctx, op.values);
      if (plan.settings) storeSettings(ctx, plan.settings);
    }
    return {
      format: read.format,
      applied,
      added: plan.added,
      changed: plan.changed,
      unchanged: plan.unchanged,
      refused,
      settingsDifferences: plan.settingsDifferences,
    };
  };
  // A preview writes nothing at all: no undo step, no auto-published statuses.
  if (preview) return ctx.db.transaction(work)();
  const file = fileName.split(/[\\/]/).pop() || fileName;
  return writeTransaction(ctx, work, {
    label: `Import ${file}`.slice(0, 120),
    reason: `imported from ${file}`.slice(0, 300),
  });
}

export function exchangeHandlers(ctx: HandlerContext) {
  return {
    'exchange.import': (input: CallInputParsed<'exchange.import'>) => importContent(ctx, input),
    'exchange.exportBundle': ({ profile }: CallInputParsed<'exchange.exportBundle'>) =>
      exportBundle(readPlan(ctx), profile, ctx.now()) as unknown as Record<string, unknown>,
  };
}
