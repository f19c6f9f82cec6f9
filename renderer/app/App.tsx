import { lazy, Suspense, useEffect } from 'react';
import { Icon } from '../common/Icon';
import { planStore, usePlan } from '../state/usePlan';
import { useView } from '../state/viewStore';
import { ConfirmHost } from './ConfirmHost';
import { ExchangeHost } from '../exchange/ExchangeHost';
import { BackupsHost } from '../backups/BackupsDialog';
import { EditorHost } from './EditorHost';
import { Header } from './Header';
import { Notices } from './Notices';
import { PlanView } from './PlanView';
import { PresentingBanner } from './PresentingBanner';
import { SettingsView } from '../settings/SettingsView';
import { Timeline } from '../timeline/Timeline';
import { loadPlanningEngine } from '../planning/useAnalysis';
import { useUndoShortcuts } from '../undo/useUndoShortcuts';
import { useNewAdvisoryShortcut } from '../advisories/newAdvisoryShortcut';
import { HistoryHost } from '../history/HistoryDialog';
import { ShortcutsHelp } from '../help/ShortcutsHelp';
import { useShortcutsKey } from '../help/shortcuts';
import './App.css';

// Loaded when first opened, so they add nothing to the first screen's script.
const ForecastView = lazy(() => import('../forecast/ForecastView'));
const RetrospectiveView = lazy(() => import('../retrospective/RetrospectiveView'));

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
      {view === 'plan' ? <PlanView /> : null}
      {view === 'forecast' || view === 'retro' ? (
        <Suspense fallback={<p className="loading">Loading the view…</p>}>
          {view === 'forecast' ? <ForecastView /> : <RetrospectiveView />}
        </Suspense>
      ) : null}
      {view === 'settings' ? <SettingsView /> : null}
    </>
  );
}

export function App() {
  useEffect(() => {
    // The plan and the planning engine come in together; the timeline shows the plan first.
    void planStore.getState().load();
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
      <EditorHost />
      <HistoryHost />
      <ExchangeHost />
      <BackupsHost />
      <ShortcutsHelp />
      <ConfirmHost />
      <Notices />
    </div>
  );
}
