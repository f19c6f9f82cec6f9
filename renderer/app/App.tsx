import { lazy, Suspense, useEffect } from 'react';
import { Icon } from '../common/Icon';
import { planStore, usePlan } from '../state/usePlan';
import { useView } from '../state/viewStore';
import { DialogHosts } from './DialogHosts';
import { Header } from './Header';
import { Notices } from './Notices';
import { PresentingBanner } from './PresentingBanner';
import { Timeline } from '../timeline/Timeline';
import { loadPlanningEngine } from '../planning/useAnalysis';
import { useUndoShortcuts } from '../undo/useUndoShortcuts';
import { useNewAdvisoryShortcut } from '../advisories/newAdvisoryShortcut';
import { useShortcutsKey } from '../help/shortcuts';
import './App.css';

// The views other than the timeline load when first opened: they add nothing
// to the first screen's script.
const ForecastView = lazy(() => import('../forecast/ForecastView'));
const RetrospectiveView = lazy(() => import('../retrospective/RetrospectiveView'));
// The Plan view shows the findings at once: it comes with the planning engine.
const PlanView = lazy(() =>
  Promise.all([import('./PlanView'), loadPlanningEngine()]).then(([m]) => ({
    default: m.PlanView,
  })),
);
const SettingsView = lazy(() =>
  import('../settings/SettingsView').then((m) => ({ default: m.SettingsView })),
);

function retry() {
  void planStore.getState().load();
}

function MainView() {
  const phase = usePlan((state) => state.phase);
  const loadError = usePlan((state) => state.loadError);
  const loadErrorCode = usePlan((state) => state.loadErrorCode);
  const view = useView((state) => state.view);
  if (phase === 'loading') return <p className="loading">Loading the plan…</p>;
  if (phase === 'failed')
    return (
      <div className="load-failed" role="alert">
        <h2>
          {loadErrorCode === 'database' ? 'Database problem' : 'The plan could not be loaded'}
        </h2>
        <p>{loadError}</p>
        <button type="button" className="button button-primary" onClick={retry}>
          Try again
        </button>
      </div>
    );
  return (
    <>
      {loadError ? (
        <div className="banner banner-error" role="alert">
          <Icon name="alert" />
          <span>The plan could not be refreshed: {loadError}</span>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : null}
      {view === 'timeline' ? <Timeline /> : null}
      {view !== 'timeline' ? (
        <Suspense fallback={<p className="loading">Loading the view…</p>}>
          {view === 'plan' ? <PlanView /> : null}
          {view === 'forecast' ? <ForecastView /> : null}
          {view === 'retro' ? <RetrospectiveView /> : null}
          {view === 'settings' ? <SettingsView /> : null}
        </Suspense>
      ) : null}
    </>
  );
}

export function App() {
  // The plan is already on its way (startLoading.ts); the engine beside it analyses it.
  useEffect(() => {
    void loadPlanningEngine();
  }, []);
  useUndoShortcuts();
  useNewAdvisoryShortcut();
  useShortcutsKey();
  return (
    <div className="app">
      <Header />
      <PresentingBanner />
      <main className="app-main">
        <MainView />
      </main>
      <DialogHosts />
      <Notices />
    </div>
  );
}
