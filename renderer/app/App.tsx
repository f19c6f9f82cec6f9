import { useEffect } from 'react';
import { Icon } from '../common/Icon';
import { planStore, usePlan } from '../state/usePlan';
import { useView } from '../state/viewStore';
import { ConfirmHost } from './ConfirmHost';
import { EditorHost } from './EditorHost';
import { Header } from './Header';
import { Notices } from './Notices';
import { PlanView } from './PlanView';

function retry() {
  void planStore.getState().load();
}

function MainView() {
  const phase = usePlan((state) => state.phase);
  const loadError = usePlan((state) => state.loadError);
  const view = useView((state) => state.view);
  if (phase === 'loading') return <p className="loading">Loading the plan…</p>;
  if (phase === 'failed')
    return (
      <div className="load-failed" role="alert">
        <h2>The plan could not be loaded</h2>
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
      {view === 'plan' ? <PlanView /> : null}
    </>
  );
}

export function App() {
  useEffect(() => {
    void planStore.getState().load();
  }, []);
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <MainView />
      </main>
      <EditorHost />
      <ConfirmHost />
      <Notices />
    </div>
  );
}
