import type { Release } from '../../shared/domain/release';
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
