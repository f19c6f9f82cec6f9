import { BLOCKER_KIND_LABELS, type Blocker, type Release } from '../../shared/domain/release';
import { formatDay } from '../common/dates';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import { milestoneTitle } from './releaseDraft';

// One-click writes from a release card, each one undo step with its notice.

function failed(what: string, message: string) {
  useNotices.getState().say('error', `${what} failed: ${message}`);
}

/** Keeps the current plan as the baseline, so that later moves show as slips. */
export async function commitReleaseBaseline(release: Release): Promise<void> {
  const result = await planStore
    .getState()
    .write('releases.commitBaseline', { id: release.id, revision: release.revision });
  if (!result.ok) return failed(`Committing the baseline of ${release.name}`, result.error.message);
  useNotices
    .getState()
    .say(
      'info',
      `Committed the plan of ${release.name} as its baseline; later moves show as slips.`,
    );
}

/** Records that a milestone happened today; for the release milestone that releases it. */
export async function markMilestoneDone(
  release: Release,
  milestoneId: number,
  today: string,
): Promise<void> {
  const milestone = release.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return;
  const title = milestoneTitle(milestone.kind, milestone.label);
  const result = await planStore.getState().write('releases.update', {
    id: release.id,
    revision: release.revision,
    milestones: release.milestones.map((m) => (m.id === milestoneId ? { ...m, actual: today } : m)),
  });
  if (!result.ok) return failed(`Marking ${title} of ${release.name} done`, result.error.message);
  useNotices.getState().say('info', `${title} of ${release.name} done on ${formatDay(today)}.`);
}

type BlockerValues = Omit<Blocker, 'id'> & { id?: number };

async function writeBlockers(
  release: Release,
  blockers: BlockerValues[],
  what: string,
  done: string,
): Promise<boolean> {
  const result = await planStore.getState().write('releases.update', {
    id: release.id,
    revision: release.revision,
    blockers,
  });
  if (!result.ok) {
    failed(what, result.error.message);
    return false;
  }
  useNotices.getState().say('info', done);
  return true;
}

/** Adds a blocker that is not an embargo: a bug, a test gate, anything else that holds the release. */
export function addBlocker(release: Release, blocker: BlockerValues): Promise<boolean> {
  return writeBlockers(
    release,
    [...release.blockers, blocker],
    `Adding a blocker to ${release.name}`,
    `${release.name} is now also held by ${BLOCKER_KIND_LABELS[blocker.kind].toLowerCase()} “${blocker.title}”.`,
  );
}

/** Resolves a blocker on `on` (today, usually), or reopens it with null. */
export function setBlockerResolved(
  release: Release,
  blockerId: number,
  on: string | null,
): Promise<boolean> {
  const blocker = release.blockers.find((b) => b.id === blockerId);
  if (!blocker) return Promise.resolve(false);
  return writeBlockers(
    release,
    release.blockers.map((b) => (b.id === blockerId ? { ...b, resolvedOn: on } : b)),
    `${on ? 'Resolving' : 'Reopening'} “${blocker.title}”`,
    on
      ? `“${blocker.title}” resolved on ${formatDay(on)}; it no longer holds ${release.name}.`
      : `“${blocker.title}” is open again and holds ${release.name}.`,
  );
}
