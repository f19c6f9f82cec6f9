import { liftedEmbargoIds, markLiftedPublic, readAdvisory } from './advisoriesTable';
import { recordChange } from './changeLog';
import type { Db } from './db';
import { readSettings } from './settingsTable';

/**
 * With the setting `autoPublishAtLift` on (it is off by default), stores
 * "public" for every embargoed advisory whose lift has passed, each in the
 * change log with the reason. Called at the start of every write, and before
 * the write's undo step opens: the setting made this change, not the command,
 * so undoing the command must not hand it back. With the setting off it does
 * nothing: an embargo is public only once someone marks it so.
 */
export function publishLiftedEmbargoes(db: Db, now: Date, source: string): number {
  if (!readSettings(db).autoPublishAtLift) return 0;
  const ids = liftedEmbargoIds(db, now);
  for (const id of ids) {
    const before = readAdvisory(db, id);
    if (!before) continue;
    markLiftedPublic(db, id);
    recordChange(
      db,
      source,
      {
        entity: 'advisory',
        entityId: id,
        entityName: before.key,
        action: 'update',
        before,
        after: readAdvisory(db, id),
        reason: `made public automatically at its lift, ${before.publicAt}`,
      },
      now,
    );
  }
  return ids.length;
}
