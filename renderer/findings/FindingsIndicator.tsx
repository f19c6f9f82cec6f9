import { Icon } from '../common/Icon';
import { useAnalysis } from '../planning/useAnalysis';
import { useView } from '../state/viewStore';
import { countBySeverity, countText } from './severity';
import './FindingsIndicator.css';

/** Brings the findings panel into view and gives its heading focus, so a keyboard lands there too. */
function showFindings(show: (view: 'plan') => void) {
  show('plan');
  // After the view has rendered.
  requestAnimationFrame(() => {
    const panel = document.querySelector<HTMLElement>('.findings-panel');
    panel?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    panel?.querySelector<HTMLElement>('.findings-heading')?.focus({ preventScroll: true });
  });
}

/**
 * The plan's worst news in the header, whichever view is open: the number of
 * errors, else of warnings; nothing when the plan is clean.
 */
export function FindingsIndicator() {
  const { findings } = useAnalysis();
  const show = useView((state) => state.show);
  const counts = countBySeverity(findings);
  const severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : null;
  if (severity === null) return null;
  return (
    <button
      type="button"
      className={`findings-indicator is-${severity}`}
      title="Show the findings"
      onClick={() => showFindings(show)}
    >
      <Icon name={severity === 'error' ? 'error' : 'alert'} />
      {countText(severity, counts[severity])}
    </button>
  );
}
