import { AdvisoriesPanel } from '../advisories/AdvisoriesPanel';
import { ReleasesPanel } from '../releases/ReleasesPanel';

/** Releases and advisories side by side: the lists behind every other view. */
export function PlanView() {
  return (
    <div className="plan-view">
      <ReleasesPanel />
      <AdvisoriesPanel />
    </div>
  );
}
