import { useNotices } from '../../state/noticeStore';
import { planStore } from '../../state/usePlan';
import { dayText, instantText } from '../model/labels';
import { dateMs, instantMs } from '../model/items';
import { followUpWrite, liftWrite, milestoneWrite, type Preview } from '../model/preview';
import { useTimeline } from '../state/timelineStore';

// A drop (or the end of Alt+arrows) writes one change: one undo step. A
// lift waits for its reason in a dialog; a milestone is written at once.

export async function commitPreview(preview: Preview): Promise<void> {
  const timeline = useTimeline.getState();
  const plan = planStore.getState();
  const say = useNotices.getState().say;
  if (preview.type === 'lift') {
    const advisory = plan.advisories.find((a) => a.id === preview.advisoryId);
    if (!advisory || advisory.publicAt === preview.publicAt) {
      timeline.setPreview(null);
      return;
    }
    timeline.setPendingLift({
      advisoryId: advisory.id,
      from: advisory.publicAt,
      to: preview.publicAt,
    });
    return;
  }
  if (preview.type === 'follow-up') {
    const advisory = plan.advisories.find((a) => a.id === preview.advisoryId);
    const followUp = advisory?.followUps.find((f) => f.id === preview.followUpId);
    if (!advisory || !followUp || followUp.expectedAt === preview.date) {
      timeline.setPreview(null);
      return;
    }
    const result = await plan.write(
      'advisories.update',
      followUpWrite(advisory, followUp.id, preview.date),
    );
    useTimeline.getState().setPreview(null);
    // Named by the advisory's key only: a follow-up's summary may be under embargo.
    const what = `the follow-up fix to ${advisory.key}`;
    if (result.ok)
      say('info', `Moved ${what} to ${dayText(dateMs(preview.date))}. Ctrl+Z undoes it.`);
    else
      say(
        'error',
        `${what.charAt(0).toUpperCase()}${what.slice(1)} was not moved: ${result.error.message}`,
      );
    return;
  }
  const release = plan.releases.find((r) => r.id === preview.releaseId);
  const milestone = release?.milestones.find((m) => m.id === preview.milestoneId);
  if (!release || !milestone || milestone.planned === preview.date) {
    timeline.setPreview(null);
    return;
  }
  const result = await plan.write(
    'releases.update',
    milestoneWrite(release, milestone.id, preview.date),
  );
  // Cleared only now: until the reload arrives the marker stays where it was dropped.
  useTimeline.getState().setPreview(null);
  const what =
    milestone.kind === 'release' ? `Release ${release.name}` : `${release.name} milestone`;
  if (result.ok)
    say('info', `Moved ${what} to ${dayText(dateMs(preview.date))}. Ctrl+Z undoes it.`);
  else say('error', `${what} was not moved: ${result.error.message}`);
}

export async function commitLift(
  advisoryId: number,
  publicAt: string,
  reason: string,
  predisclosureAt?: string,
) {
  const plan = planStore.getState();
  const advisory = plan.advisories.find((a) => a.id === advisoryId);
  if (!advisory) return { ok: false as const, message: 'The advisory no longer exists.' };
  const result = await plan.write(
    'advisories.update',
    liftWrite(advisory, publicAt, reason, predisclosureAt),
  );
  if (!result.ok) return { ok: false as const, message: result.error.message };
  useTimeline.getState().setPendingLift(null);
  useTimeline.getState().setPreview(null);
  useNotices
    .getState()
    .say(
      'info',
      `Moved the ${advisory.key} lift to ${instantText(instantMs(publicAt))}. Ctrl+Z undoes it.`,
    );
  return { ok: true as const, message: '' };
}
