import { liftPassedNotPublic } from '../../shared/domain/advisory';
import { Icon } from '../common/Icon';
import { useNotices } from '../state/noticeStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';
import { markPublic } from './markPublic';

/**
 * "Mark public" beside a LIFT_PASSED_NOT_PUBLIC finding, so the warning can
 * be acted on where it is read. Shown only while the advisory is still
 * embargoed and its lift has passed.
 */
export function MarkPublicButton({ advisoryKey }: { advisoryKey: string }) {
  const advisory = usePlan((state) => state.advisories.find((a) => a.key === advisoryKey));
  const say = useNotices((state) => state.say);
  const now = useNow();
  if (!advisory || !liftPassedNotPublic(advisory, now)) return null;
  return (
    <button
      type="button"
      className="button mark-public"
      aria-label={`Mark ${advisory.key} public`}
      title="Until you mark it public, every export keeps it embargoed."
      onClick={() => void markPublic(advisory, say)}
    >
      <Icon name="eye" />
      Mark public
    </button>
  );
}
