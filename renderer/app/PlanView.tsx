import { AdvisoriesPanel } from '../advisories/AdvisoriesPanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { ReleasesPanel } from '../releases/ReleasesPanel';
import './PlanView.css';

/** Releases and advisories side by side, under what the planning rules make of them. */
export function PlanView() {
  return (
    <div className="plan-view">
      <FindingsPanel />
      <ReleasesPanel />
      <AdvisoriesPanel />
    </div>
  );
}
