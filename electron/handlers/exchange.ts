import type { CallInputParsed, ImportReport } from '../../shared/contract/calls';
import { publishedStatus } from '../../shared/domain/advisory';
import { isReleased } from '../../shared/domain/release';
import { exportBundle } from '../../shared/exchange/exportBundle';
import {
  advisoryFingerprint,
  mergePlan,
  releaseFingerprint,
} from '../../shared/exchange/mergePlan';
import { readExchangeMarks, writeExchangeMarks } from '../store/exchangeMarksTable';
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

/** The releases a new advisory from a list that names none affects (DESIGN: those not yet released). */
const unreleased = (plan: ReturnType<typeof readPlan>) =>
  plan.releases.filter((r) => !isReleased(r)).map((r) => r.name);

/**
 * Another connection's commits change it (SQLite's data_version); this
 * connection's own do not, and nothing else runs on it meanwhile.
 */
const dataVersion = (ctx: HandlerContext) => ctx.db.pragma('data_version', { simple: true });

/**
 * Reads, validates and plans an import without any lock, then writes it
 * (unless previewing or anything was refused) in one transaction, so the
 * file goes in whole or not at all. Only the write holds SQLite's write
 * lock: another process can write while a big file is parsed. If one did,
 * the plan is made again, under the lock, against what is there now.
 */
export function importContent(
  ctx: HandlerContext,
  {
    content,
    fileName,
    preview,
    settings,
    holidays,
    conflicts,
  }: CallInputParsed<'exchange.import'>,
): ImportReport {
  // A preview writes nothing at all: no undo step, no auto-published
  // statuses. An import stores those first, as every write does, so that
  // they are in the plan it merges against.
  if (!preview) writeTransaction(ctx, () => undefined);
  // One read transaction, so the plan is one consistent snapshot; in WAL
  // mode it keeps no writer out.
  const snapshot = ctx.db.transaction(() => ({
    plan: readPlan(ctx),
    marks: readExchangeMarks(ctx.db),
    version: dataVersion(ctx),
  }))();
  const now = ctx.now();
  const read = readImport(content, fileName, { now, newAffects: unreleased(snapshot.plan) });
  // With autoPublishAtLift on, a bundle exported before a lift says
  // "embargoed" where the plan reads "public" by now. Compare like with
  // like, or every re-import would "change" it.
  if (snapshot.plan.settings.autoPublishAtLift)
    for (const advisory of read.incoming.advisories)
      advisory.status = publishedStatus(advisory, now, true);
  const choices = { settings, holidays, conflicts };
  let plan = mergePlan(snapshot.plan, read.incoming, choices, snapshot.marks);
  const report = () => {
    const refused = [...read.refused, ...plan.refused];
    return {
      format: read.format,
      applied: !preview && refused.length === 0,
      added: plan.added,
      changed: plan.changed,
      unchanged: plan.unchanged,
      refused,
      settingsDifferences: plan.settingsDifferences,
      conflicts: plan.conflicts,
    };
  };
  if (preview || report().refused.length > 0) return report();

  const file = fileName.split(/[\\/]/).pop() || fileName;
  return writeTransaction(
    ctx,
    () => {
      if (dataVersion(ctx) !== snapshot.version) {
        const current = readPlan(ctx);
        if (read.format === 'xsa.json') {
          const affects = unreleased(current);
          for (const advisory of read.incoming.advisories) advisory.affects = affects;
        }
        plan = mergePlan(current, read.incoming, choices, readExchangeMarks(ctx.db));
        if (report().refused.length > 0) return report();
      }
      // Releases first: advisories name them in `affects`.
      for (const op of plan.releases)
        if (op.existing) replaceRelease(ctx, op.existing, op.values);
        else createRelease(ctx, op.values);
      for (const op of plan.advisories)
        if (op.existing) replaceAdvisory(ctx, op.existing, op.values);
        else createAdvisory(ctx, op.values);
      if (plan.settings) storeSettings(ctx, plan.settings);
      writeExchangeMarks(ctx.db, plan.marks);
      return report();
    },
    { label: `Import ${file}`.slice(0, 120), reason: `imported from ${file}`.slice(0, 300) },
  );
}

export function exchangeHandlers(ctx: HandlerContext) {
  return {
    'exchange.import': (input: CallInputParsed<'exchange.import'>) => importContent(ctx, input),
    'exchange.exportBundle': ({ profile, preview }: CallInputParsed<'exchange.exportBundle'>) => {
      const plan = readPlan(ctx);
      if (profile !== 'team') return exportBundle(plan, profile, ctx.now());
      // A team bundle carries each record's mark as its base; saving it makes
      // its content the new mark. Marks are not plan data: no undo step.
      return ctx.db.transaction(() => {
        const bundle = exportBundle(plan, profile, ctx.now(), readExchangeMarks(ctx.db));
        if (!preview)
          writeExchangeMarks(ctx.db, [
            ...plan.releases.map((r) => ({
              kind: 'release' as const,
              name: r.name,
              fingerprint: releaseFingerprint(r),
            })),
            ...plan.advisories.map((a) => ({
              kind: 'advisory' as const,
              name: a.key,
              fingerprint: advisoryFingerprint(a),
            })),
          ]);
        return bundle;
      }).immediate();
    },
  };
}
