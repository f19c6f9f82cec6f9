import { Icon } from '../common/Icon';
import { usePresentation } from '../state/presentationStore';
import './PresentingBanner.css';

/** Says plainly, across the whole window, that embargoed details are being hidden. */
export function PresentingBanner() {
  const presenting = usePresentation((state) => state.presenting);
  const setPresenting = usePresentation((state) => state.setPresenting);
  if (!presenting) return null;
  return (
    <div className="presenting-banner" role="note">
      <Icon name="eye" />
      <span>
        <strong>Presentation mode is on.</strong> Embargoed titles, CVEs, notes and follow-up fixes
        are hidden everywhere; keys and dates stay.
      </span>
      <button type="button" className="button" onClick={() => setPresenting(false)}>
        Turn off
      </button>
    </div>
  );
}
