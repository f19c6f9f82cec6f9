import { useId, useMemo, useState } from 'react';
import { utcToday } from '../../shared/domain/dates';
import { isReleased, releaseDate } from '../../shared/domain/release';
import type { Profile } from '../../shared/domain/profile';
import { fanChart } from '../../shared/forecast/fanChart';
import { DEFAULT_RUNS, DEFAULT_SEED, type ForecastResult } from '../../shared/forecast/forecast';
import { assumptionLines } from '../../shared/forecast/forecastText';
import {
  DEFAULT_CUTOFF_WEEKS,
  POLICIES,
  POLICY_LABELS,
  policyDescription,
  type PolicyId,
} from '../../shared/forecast/policies';
import { keyLabelFor } from '../../shared/retrospective/exportRetro';
import { ExportBar } from '../charts/ExportBar';
import { pngBlob, svgBlob } from '../charts/exportChart';
import { screenKeyLabel } from '../charts/keyLabels';
import { SceneSvg } from '../charts/SceneSvg';
import { usePresentation } from '../state/presentationStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';
import { ForecastTable } from './ForecastTable';
import { useForecast } from './useForecast';
import '../charts/charts.css';
import './forecast.css';

const RUN_CHOICES = [10_000, 100_000, 1_000_000];

/**
 * What each policy would do to a planned release: a fan chart of its
 * release dates, the numbers beside it, and the assumptions under it, all
 * computed in a worker from many simulated futures.
 */
export default function ForecastView() {
  const releases = usePlan((s) => s.releases);
  const advisories = usePlan((s) => s.advisories);
  const settings = usePlan((s) => s.settings);
  const now = useNow();
  const today = utcToday(now);
  const presenting = usePresentation((s) => s.presenting);

  const candidates = useMemo(
    () =>
      releases
        .filter((r) => !isReleased(r) && releaseDate(r) !== null)
        .sort((a, b) => (releaseDate(a)! < releaseDate(b)! ? -1 : 1)),
    [releases],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const release = candidates.find((r) => r.name === chosen)?.name ?? candidates[0]?.name ?? null;
  const [cutoffText, setCutoffText] = useState(String(DEFAULT_CUTOFF_WEEKS));
  const [runs, setRuns] = useState(DEFAULT_RUNS);
  const [seedText, setSeedText] = useState(String(DEFAULT_SEED));
  const [shown, setShown] = useState<readonly PolicyId[]>(POLICIES);
  const cutoffWeeks = /^\d{1,2}$/.test(cutoffText) ? Number(cutoffText) : null;
  const seed = /^\d{1,9}$/.test(seedText) ? Number(seedText) : null;
  const ids = { release: useId(), cutoff: useId(), runs: useId(), seed: useId() };

  const request = useMemo(
    () =>
      release === null ||
      settings === null ||
      cutoffWeeks === null ||
      cutoffWeeks > 52 ||
      seed === null
        ? null
        : {
            plan: { releases, advisories, settings },
            release,
            today,
            options: { runs, seed, cutoffWeeks },
          },
    [release, releases, advisories, settings, today, runs, seed, cutoffWeeks],
  );
  const state = useForecast(request);
  const result: ForecastResult | null =
    state.status === 'done' ? state.result : state.status === 'idle' ? null : state.previous;
  const stale = state.status !== 'done';

  const onScreen = useMemo(
    () => screenKeyLabel(advisories, now, presenting),
    [advisories, now, presenting],
  );
  const scene = useMemo(
    () => (result ? fanChart(result, onScreen, shown) : null),
    [result, onScreen, shown],
  );

  if (candidates.length === 0)
    return (
      <section className="panel forecast-view">
        <div className="panel-header">
          <h2>Forecast</h2>
        </div>
        <p className="panel-empty">
          No planned release with a date to forecast: every release in the plan has come out, or
          none has a release date yet. Add the next release (with its freezes) to see what each
          policy would do to it.
        </p>
      </section>
    );

  const exported = (profile: Profile) => fanChart(result!, keyLabelFor(advisories, profile), shown);
  const toggle = (policy: PolicyId) =>
    setShown((current) =>
      current.includes(policy)
        ? current.length > 1
          ? current.filter((p) => p !== policy)
          : current
        : POLICIES.filter((p) => p === policy || current.includes(p)),
    );

  return (
    <section className="panel forecast-view" aria-labelledby={`${ids.release}-heading`}>
      <div className="panel-header forecast-controls">
        <h2 id={`${ids.release}-heading`}>Forecast</h2>
        <label htmlFor={ids.release}>
          Release
          <select
            id={ids.release}
            className="input"
            value={release ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {candidates.map((r) => (
              <option key={r.id} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label
          htmlFor={ids.cutoff}
          title="Cut-off policy: how many weeks before the planned release no new embargoed fix is taken"
        >
          Cut-off
          <input
            id={ids.cutoff}
            className="input input-weeks"
            inputMode="numeric"
            value={cutoffText}
            aria-invalid={cutoffWeeks === null || cutoffWeeks > 52 ? true : undefined}
            aria-describedby={`${ids.cutoff}-unit`}
            onChange={(e) => setCutoffText(e.target.value.trim())}
          />
          <span id={`${ids.cutoff}-unit`}>weeks</span>
        </label>
        <label htmlFor={ids.runs} title="How many futures to simulate: more is smoother and slower">
          Futures
          <select
            id={ids.runs}
            className="input"
            value={runs}
            onChange={(e) => setRuns(Number(e.target.value))}
          >
            {RUN_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.seed} title="The same seed on the same plan gives the same numbers">
          Seed
          <input
            id={ids.seed}
            className="input input-seed"
            inputMode="numeric"
            value={seedText}
            aria-invalid={seed === null ? true : undefined}
            onChange={(e) => setSeedText(e.target.value.trim())}
          />
        </label>
        <ForecastStatus state={state} />
      </div>
      {cutoffWeeks === null || cutoffWeeks > 52 || seed === null ? (
        <p className="forecast-problem" role="alert">
          {seed === null
            ? 'Seed: enter a whole number.'
            : 'Cut-off: enter a whole number of weeks from 0 to 52.'}
        </p>
      ) : null}
      <div className="policy-toggles" role="group" aria-label="Policies shown">
        {POLICIES.map((policy) => (
          <button
            key={policy}
            type="button"
            className="policy-toggle"
            aria-pressed={shown.includes(policy)}
            title={policyDescription(policy, cutoffWeeks ?? DEFAULT_CUTOFF_WEEKS)}
            onClick={() => toggle(policy)}
          >
            {POLICY_LABELS[policy]}
          </button>
        ))}
      </div>
      {state.status === 'failed' ? (
        <p className="forecast-problem" role="alert">
          The forecast could not be made: {state.message}
        </p>
      ) : null}
      {result && scene ? (
        <div className={stale ? 'forecast-body is-stale' : 'forecast-body'} aria-busy={stale}>
          <div className="chart-frame" data-testid="forecast-chart">
            <SceneSvg scene={scene} />
          </div>
          <ForecastTable result={result} shown={shown} />
          <h3 className="view-section-title">Assumptions</h3>
          <dl className="assumptions">
            {assumptionLines(result).map((line) => (
              <div key={line.label} className="assumption">
                <dt>
                  {line.label}
                  <span
                    className={`source-tag is-${line.source}`}
                    title={SOURCE_TITLES[line.source]}
                  >
                    {line.source}
                  </span>
                </dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
          <ExportBar
            what="forecast chart"
            files={[
              {
                label: 'Chart SVG',
                fileName: `forecast-${result.release}.svg`,
                make: (profile) => svgBlob(exported(profile)),
              },
              {
                label: 'Chart PNG',
                fileName: `forecast-${result.release}.png`,
                make: (profile) => pngBlob(exported(profile)),
              },
            ]}
          />
        </div>
      ) : state.status === 'running' ? (
        <p className="panel-empty">Simulating futures…</p>
      ) : null}
    </section>
  );
}

const SOURCE_TITLES: Record<string, string> = {
  history: 'Learned from the released releases and past advisories in this plan',
  settings: 'From the settings: the history has too little to learn from',
  option: 'Chosen for this forecast',
  plan: 'From the plan as it stands today',
  none: 'Not modelled: nothing to learn it from',
};

function ForecastStatus({ state }: { state: ReturnType<typeof useForecast> }) {
  if (state.status === 'running')
    return (
      <span className="forecast-status" role="status">
        <progress max={state.total} value={state.done} aria-label="Simulated so far" />
        {state.done > 0
          ? `${Math.round((state.done / state.total) * 100)}% of ${state.total.toLocaleString('en-US')}`
          : 'Simulating…'}
      </span>
    );
  if (state.status === 'done')
    return (
      <span
        className="forecast-status"
        role="status"
        title={
          state.where === 'worker'
            ? 'Computed in a background worker: the page stays responsive'
            : 'Computed on the page in steps (no background worker available here)'
        }
      >
        {state.result.runs.toLocaleString('en-US')} futures in {Math.round(state.ms)} ms
      </span>
    );
  return null;
}
