import { figure, percent, plural } from '../../shared/planning/format';
import type { ForecastResult, PolicyForecast } from '../../shared/forecast/forecast';
import { policyDescription, type PolicyId } from '../../shared/forecast/policies';
import { formatDay } from '../common/dates';
import { NotedHeader } from '../charts/NotedHeader';

// The numbers beside the fan chart. Every header points to a footnote and
// every cell says, as a tooltip, what its number means for this release.

const NOTES = [
  'P10, P50, P90: the release date in 1, 5 and 9 of every 10 simulated futures.',
  'On time: the share of futures in which the release ships on its planned date or earlier.',
  'Master closed: days from the hard code freeze until master reopens, in half (P50) and nine in ten (P90) of the futures.',
  'In x.y.0 / x.y.1: advisories still to lift (known today, or yet to come) that ship in the release, or are left for the point release; a mean over the futures.',
  'Point releases: how many the deferred fixes force in the 90 days after the release (fixes ready within the warning window of each other share one); a mean.',
] as const;

function late(result: ForecastResult, p: PolicyForecast, q: 'p10' | 'p50' | 'p90'): string {
  const days = p.daysLate[q];
  const when =
    days === 0
      ? 'on the planned date'
      : `${plural(Math.abs(days), 'day')} ${days > 0 ? 'after' : 'before'} ${formatDay(result.releaseDate)}`;
  const share = { p10: '1 in 10', p50: 'half', p90: '9 in 10' }[q];
  return `${share} of the ${result.runs.toLocaleString('en-US')} futures ship by ${formatDay(p[q])}: ${when}`;
}

/** One sentence per share of futures cut off at the horizon (wait and branch share theirs). */
function horizonNotes(rows: readonly PolicyForecast[]): string[] {
  const byShare = new Map<string, string[]>();
  for (const p of rows) {
    if (p.beyondHorizonShare === 0) continue;
    const share = percent(p.beyondHorizonShare);
    byShare.set(share, [...(byShare.get(share) ?? []), p.label]);
  }
  return [...byShare].map(
    ([share, labels]) =>
      `${labels.join(' and ')}: in ${share} of the futures new embargoes kept arriving faster than the release could clear them; those were stopped after two years of waiting.`,
  );
}

export function ForecastTable({
  result,
  shown,
}: {
  result: ForecastResult;
  shown: readonly PolicyId[];
}) {
  const rows = result.policies.filter((p) => shown.includes(p.policy));
  return (
    <div className="table-scroll">
      <table className="data-table numbers-table" data-testid="forecast-table">
        <caption className="table-caption">
          <strong>{result.release}</strong> as of {formatDay(result.today)}, planned{' '}
          {formatDay(result.releaseDate)}
          {result.overdue ? ` (overdue: planned ${formatDay(result.plannedDate)})` : ''}; cut-off{' '}
          {plural(result.cutoffWeeks, 'week')} ({formatDay(result.cutoffDate)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <NotedHeader notes={NOTES} n={1}>
              P10
            </NotedHeader>
            <NotedHeader notes={NOTES} n={1}>
              P50
            </NotedHeader>
            <NotedHeader notes={NOTES} n={1}>
              P90
            </NotedHeader>
            <NotedHeader notes={NOTES} n={2}>
              On time
            </NotedHeader>
            <NotedHeader notes={NOTES} n={3}>
              Master closed
            </NotedHeader>
            <NotedHeader notes={NOTES} n={4}>
              In x.y.0
            </NotedHeader>
            <NotedHeader notes={NOTES} n={4}>
              In x.y.1
            </NotedHeader>
            <NotedHeader notes={NOTES} n={5}>
              Point releases
            </NotedHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.policy} data-policy={p.policy}>
              <th scope="row" title={policyDescription(p.policy, result.cutoffWeeks)}>
                {p.policy === 'cutoff'
                  ? `${p.label} (${plural(result.cutoffWeeks, 'week')})`
                  : p.label}
              </th>
              {(['p10', 'p50', 'p90'] as const).map((q) => (
                <td key={q} className="num" title={late(result, p, q)}>
                  {formatDay(p[q])}
                  {q === 'p90' && p.horizonReached ? '+' : ''}
                </td>
              ))}
              <td
                className="num"
                title={`The release ships on ${formatDay(result.releaseDate)} or earlier in ${Math.round(p.onTimeShare * 100)}% of the futures`}
              >
                {Math.round(p.onTimeShare * 100)}%
              </td>
              <td
                className="num"
                title={
                  p.masterClosedDays
                    ? `Master stays closed ${plural(p.masterClosedDays.p50, 'day')} from the hard code freeze (${formatDay(result.hardFreeze!)}) in half the futures, up to ${plural(p.masterClosedDays.p90, 'day')} in 9 of 10`
                    : 'The plan has no hard code freeze to count from'
                }
              >
                {p.masterClosedDays
                  ? `${p.masterClosedDays.p50} d / ${p.masterClosedDays.p90} d`
                  : 'n/a'}
              </td>
              <td
                className="num"
                title={`On average ${figure(p.advisoriesInX0)} advisories still to lift ship in ${result.release}${p.followUpsInX0 > 0 ? `, with ${figure(p.followUpsInX0)} follow-up fixes` : ''}`}
              >
                {figure(p.advisoriesInX0)}
              </td>
              <td
                className="num"
                title={`On average ${figure(p.advisoriesInX1)} advisories known before ${result.release} ships are left for ${result.release}.1${p.followUpsInX1 > 0 ? `, and ${figure(p.followUpsInX1)} follow-up fixes` : ''}`}
              >
                {figure(p.advisoriesInX1)}
              </td>
              <td
                className="num"
                title={`On average ${figure(p.pointReleasesIn3Months)} point releases forced by deferred fixes in the 3 months after ${result.release}`}
              >
                {figure(p.pointReleasesIn3Months)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="footnotes">
        {NOTES.map((note) => (
          <li key={note}>{note}</li>
        ))}
        <li>
          <strong>Policies.</strong>{' '}
          {rows
            .map((p) => `${p.label}: ${policyDescription(p.policy, result.cutoffWeeks)}`)
            .join(' ')}
        </li>
      </ol>
      {rows.some((p) => p.beyondHorizonShare > 0) ? (
        <p className="forecast-note">
          {horizonNotes(rows).join(' ')}
          {rows.some((p) => p.horizonReached) ? ' A P90 marked + is at least that date.' : ''}
        </p>
      ) : null}
    </div>
  );
}
