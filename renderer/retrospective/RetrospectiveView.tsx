import { Fragment, useMemo, useState } from 'react';
import { utcToday } from '../../shared/domain/dates';
import { MILESTONE_LABELS } from '../../shared/domain/release';
import type { Profile } from '../../shared/domain/profile';
import { plural } from '../../shared/planning/format';
import { cadenceChart } from '../../shared/retrospective/cadenceChart';
import { keyLabelFor, retroCsv } from '../../shared/retrospective/exportRetro';
import { headlines } from '../../shared/retrospective/headlines';
import { retrospective, type ReleaseRetro } from '../../shared/retrospective/retrospective';
import { ExportBar } from '../charts/ExportBar';
import { NotedHeader } from '../charts/NotedHeader';
import { pngBlob, svgBlob } from '../charts/exportChart';
import { screenKeyLabel } from '../charts/keyLabels';
import { SceneSvg } from '../charts/SceneSvg';
import { formatDay } from '../common/dates';
import { usePresentation } from '../state/presentationStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';
import '../charts/charts.css';
import './retrospective.css';

// Where the time went, for every released release: the headline sentences,
// the cadence chart stacked by cause, and the table behind both.

const NOTES = [
  'Late: calendar days from the planned date (the first baseline) to the release; negative when it came out early.',
  'Waiting on embargoes: late days when no other blocker was open and a known embargo (or follow-up fix) the release carried had not yet lifted with the buffer of working days after it. An advisory counts as known from its pre-disclosure, or, without one, the learned lead (else the minimum pre-disclosure setting) before its lift.',
  'Other blockers: late days when a blocker that is not an embargo was open (whether or not an embargo also held).',
  'Nothing recorded: late days when nothing in the plan held the release.',
  'Stabilising: from the feature freeze to the release; where no freeze is recorded, from the first release candidate (marked “from RC1”), so the real period was longer.',
  'Master closed: from the hard code freeze (else the first release candidate) until master reopened: a milestone labelled as reopening, else the branch, else the release.',
  'Cycle: days since the release before it came out.',
] as const;

const basis = (from: string | null) =>
  from === 'rc1'
    ? 'from RC1'
    : from === null
      ? 'not recorded'
      : from === 'feature-freeze'
        ? 'from the feature freeze'
        : 'from the hard code freeze';

function Details({ row, label }: { row: ReleaseRetro; label: (key: string) => string }) {
  return (
    <div className="retro-details">
      <table className="data-table retro-milestones">
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            <th scope="col">Planned (first baseline)</th>
            <th scope="col">Actual</th>
            <th scope="col" className="num">
              Slip
            </th>
          </tr>
        </thead>
        <tbody>
          {row.milestones.map((m, i) => (
            <tr key={i}>
              <th scope="row">{m.label ?? MILESTONE_LABELS[m.kind]}</th>
              <td className="col-date">{formatDay(m.planned)}</td>
              <td className="col-date">{m.actual ? formatDay(m.actual) : 'not recorded'}</td>
              <td className="num">
                {m.slipDays === null
                  ? '–'
                  : m.slipDays === 0
                    ? '0'
                    : `${m.slipDays > 0 ? '+' : ''}${m.slipDays} d`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="retro-held">
        {row.heldBy.length > 0
          ? `Held past its plan by: ${row.heldBy.map(label).join('; ')}.`
          : 'No embargo held it past its plan.'}
        {row.blockersHeld.length > 0 ? ` Other blockers: ${row.blockersHeld.join('; ')}.` : ''}
      </p>
    </div>
  );
}

export default function RetrospectiveView() {
  const releases = usePlan((s) => s.releases);
  const advisories = usePlan((s) => s.advisories);
  const settings = usePlan((s) => s.settings);
  const now = useNow();
  const today = utcToday(now);
  const presenting = usePresentation((s) => s.presenting);
  const [open, setOpen] = useState<string | null>(null);

  const retro = useMemo(
    () => (settings ? retrospective(releases, advisories, settings, today) : null),
    [releases, advisories, settings, today],
  );
  const label = useMemo(
    () => screenKeyLabel(advisories, now, presenting),
    [advisories, now, presenting],
  );
  const scene = useMemo(() => (retro ? cadenceChart(retro, label) : null), [retro, label]);
  if (!retro || !scene) return null;
  const lines = headlines(retro);
  const exported = (profile: Profile) => cadenceChart(retro, keyLabelFor(advisories, profile));

  return (
    <section className="panel retro-view" aria-labelledby="retro-heading">
      <div className="panel-header">
        <h2 id="retro-heading">Retrospective</h2>
        <span className="panel-meta">
          {plural(retro.releases.length, 'released release')}; holds counted with{' '}
          {plural(retro.summary.bufferWorkingDays, 'working day')} after a lift (
          {retro.evidence.buffer.source === 'history' ? 'learned' : 'the setting'})
        </span>
      </div>
      <ul className="retro-headlines" data-testid="retro-headlines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="chart-frame" data-testid="retro-chart">
        <SceneSvg scene={scene} />
      </div>
      {retro.releases.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table numbers-table" data-testid="retro-table">
            <thead>
              <tr>
                <th scope="col">Release</th>
                <th scope="col">Planned</th>
                <th scope="col">Released</th>
                <NotedHeader notes={NOTES} n={1}>
                  Late
                </NotedHeader>
                <NotedHeader notes={NOTES} n={2}>
                  Embargoes
                </NotedHeader>
                <NotedHeader notes={NOTES} n={3}>
                  Other blockers
                </NotedHeader>
                <NotedHeader notes={NOTES} n={4}>
                  Nothing recorded
                </NotedHeader>
                <NotedHeader notes={NOTES} n={5}>
                  Stabilising
                </NotedHeader>
                <NotedHeader notes={NOTES} n={6}>
                  Master closed
                </NotedHeader>
                <NotedHeader notes={NOTES} n={7}>
                  Cycle
                </NotedHeader>
              </tr>
            </thead>
            <tbody>
              {retro.releases.map((row) => (
                <Fragment key={row.name}>
                  <tr>
                    <th scope="row">
                      <button
                        type="button"
                        className="retro-expand"
                        aria-expanded={open === row.name}
                        title="Milestones planned against actual, and what held it"
                        onClick={() => setOpen(open === row.name ? null : row.name)}
                      >
                        <span className="retro-caret" aria-hidden="true">
                          {open === row.name ? '▾' : '▸'}
                        </span>
                        {row.name}
                      </button>
                    </th>
                    <td className="col-date">{formatDay(row.plannedRelease)}</td>
                    <td className="col-date">{formatDay(row.actualRelease)}</td>
                    <td
                      className="num"
                      title={
                        row.daysLate === 0
                          ? 'Came out on its planned date'
                          : `${plural(Math.abs(row.daysLate), 'day')} ${row.daysLate > 0 ? 'after' : 'before'} its planned date`
                      }
                    >
                      {row.daysLate > 0 ? `+${row.daysLate}` : row.daysLate}
                    </td>
                    <td
                      className="num"
                      title={
                        row.waitingOnEmbargoDays > 0
                          ? `${plural(row.waitingOnEmbargoDays, 'late day')} waiting only on ${row.heldBy.map(label).join('; ')}`
                          : 'No late day waiting only on embargoes'
                      }
                    >
                      {row.waitingOnEmbargoDays}
                    </td>
                    <td
                      className="num"
                      title={
                        row.otherBlockerDays > 0
                          ? `${plural(row.otherBlockerDays, 'late day')} with ${row.blockersHeld.join('; ')} open`
                          : 'No late day with another blocker open'
                      }
                    >
                      {row.otherBlockerDays}
                    </td>
                    <td
                      className="num"
                      title={`${plural(row.notRecordedDays, 'late day')} with nothing recorded holding it`}
                    >
                      {row.notRecordedDays}
                    </td>
                    <td
                      className="num"
                      title={
                        row.stabilisingDays === null
                          ? 'Not recorded: no feature freeze or release candidate'
                          : `${plural(row.stabilisingDays, 'day')} ${basis(row.stabilisingFrom)} (${formatDay(row.stabilisingStart!)}) to the release`
                      }
                    >
                      {row.stabilisingDays === null ? 'not recorded' : `${row.stabilisingDays} d`}
                      {row.stabilisingFrom === 'rc1' ? <span className="sub">from RC1</span> : null}
                    </td>
                    <td
                      className="num"
                      title={
                        row.masterClosedDays === null
                          ? 'Not recorded: no hard code freeze or release candidate'
                          : `${plural(row.masterClosedDays, 'day')} ${basis(row.masterClosedFrom)} (${formatDay(row.masterClosedStart!)}) until master reopened ${formatDay(row.masterReopened!)} (${row.masterReopenedBy === 'reopen' ? 'recorded' : row.masterReopenedBy === 'branch' ? 'at the branch' : 'taken as the release'})`
                      }
                    >
                      {row.masterClosedDays === null ? 'not recorded' : `${row.masterClosedDays} d`}
                      {row.masterClosedFrom === 'rc1' ? (
                        <span className="sub">from RC1</span>
                      ) : null}
                    </td>
                    <td
                      className="num"
                      title={
                        row.cycleDays === null
                          ? 'The first released release in the plan: no cycle to measure'
                          : `${plural(row.cycleDays, 'day')} after ${row.previousRelease}`
                      }
                    >
                      {row.cycleDays === null ? '–' : `${row.cycleDays} d`}
                    </td>
                  </tr>
                  {open === row.name ? (
                    <tr className="retro-details-row">
                      <td colSpan={10}>
                        <Details row={row} label={label} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          <ol className="footnotes">
            {NOTES.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <ExportBar
        what="retrospective"
        files={[
          {
            label: 'Chart SVG',
            fileName: 'retrospective-cadence.svg',
            make: (p) => svgBlob(exported(p)),
          },
          {
            label: 'Chart PNG',
            fileName: 'retrospective-cadence.png',
            make: (p) => pngBlob(exported(p)),
          },
          {
            label: 'Table CSV',
            fileName: 'retrospective.csv',
            type: 'text/csv;charset=utf-8',
            make: (p) => retroCsv(retro, advisories, p),
          },
        ]}
      />
    </section>
  );
}
