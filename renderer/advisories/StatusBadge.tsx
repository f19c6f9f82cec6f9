import type { AdvisoryStatus } from '../../shared/domain/advisory';
import { Icon, type IconName } from '../common/Icon';

export const STATUS_TEXT: Record<AdvisoryStatus, string> = {
  embargoed: 'Embargoed',
  public: 'Public',
  withdrawn: 'Withdrawn',
};

const STATUS_ICON: Record<AdvisoryStatus, IconName> = {
  embargoed: 'lock',
  public: 'eye',
  withdrawn: 'ban',
};

/**
 * The status in words and an icon, with colour only as a third cue.
 * `liftPassed` marks an embargo whose lift time has passed without anybody
 * marking it public: it is still treated as embargoed everywhere.
 */
export function StatusBadge({
  status,
  liftPassed,
}: {
  status: AdvisoryStatus;
  liftPassed?: boolean;
}) {
  return (
    <span
      className={`badge badge-${status}`}
      title={
        liftPassed
          ? 'The lift time has passed, but nobody has marked it public: every export still treats it as embargoed.'
          : undefined
      }
    >
      <Icon name={STATUS_ICON[status]} />
      {STATUS_TEXT[status]}
      {liftPassed ? <span className="badge-note">lift passed</span> : null}
    </span>
  );
}
