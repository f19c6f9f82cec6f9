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
 * `lifted` marks an advisory recorded as embargoed whose lift has passed.
 */
export function StatusBadge({ status, lifted }: { status: AdvisoryStatus; lifted?: boolean }) {
  return (
    <span
      className={`badge badge-${status}`}
      title={lifted ? 'Recorded as embargoed, but the embargo has lifted' : undefined}
    >
      <Icon name={STATUS_ICON[status]} />
      {STATUS_TEXT[status]}
      {lifted ? <span className="badge-note">lifted</span> : null}
    </span>
  );
}
