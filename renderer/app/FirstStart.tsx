import { useState } from 'react';
import { describeProblem, problemsFromMessage } from '../common/fieldErrors';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import './FirstStart.css';

/** A first start with an empty database: say so, and offer the sample plan. */
export function FirstStart() {
  const say = useNotices((state) => state.say);
  const [busy, setBusy] = useState<'plan' | 'xen-history' | null>(null);
  const load = async (sample: 'plan' | 'xen-history') => {
    setBusy(sample);
    const result = await planStore.getState().loadSample(sample);
    setBusy(null);
    if (result.ok)
      say(
        'info',
        sample === 'plan'
          ? 'Loaded the sample plan. Edit or delete anything in it freely.'
          : 'Loaded Xen’s release history (4.6–4.16, XSA-1 to XSA-404). Add your next release to plan it with what that history says.',
      );
    else
      say(
        'error',
        `The sample plan was not loaded. ${problemsFromMessage(result.error.message)
          .map((p) => describeProblem(undefined, p.message))
          .join(' ')}`,
      );
  };
  return (
    <section className="first-start" aria-labelledby="first-start-heading">
      <div>
        <h2 id="first-start-heading">This plan is empty</h2>
        <p>
          Add your releases and advisories below, or load a sample to see how it works: a release
          ten weeks from today with embargoes lifting inside its freeze, or Xen’s real record of
          releases 4.6–4.16 and their advisories (to mid-2022), which the planner learns from.
        </p>
      </div>
      <div className="first-start-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null}
          onClick={() => void load('plan')}
        >
          {busy === 'plan' ? 'Loading…' : 'Load sample plan'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void load('xen-history')}
        >
          {busy === 'xen-history' ? 'Loading…' : 'Load Xen history'}
        </button>
      </div>
    </section>
  );
}
