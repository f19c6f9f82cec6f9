import { useId, useState } from 'react';
import type { Evidence, ReleaseStanding, Severity } from '../../shared/planning';
import { evidenceLines } from '../../shared/planning/evidenceText';
import { releaseDate } from '../../shared/domain/release';
import { formatDay, relativeDays } from '../common/dates';
import { Icon } from '../common/Icon';
import { useAnalysis } from '../planning/useAnalysis';
import { isPlanEmpty } from '../state/planStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';
import { FindingItem } from './FindingItem';
import { groupAnalysis, type FindingGroup } from './groups';
import { SEVERITIES, severityCount } from '../../shared/planning/vocabulary';
import { countBySeverity, SEVERITY_ICON } from './severity';
import { SuggestionItem } from './SuggestionItem';
import './findings.css';

const ALL_SHOWN: Record<Severity, boolean> = { error: true, warning: true, info: true };

/**
 * What the planning rules say about the plan: findings by release with their
 * severity and figures, and the suggestions that answer them, each applied
 * with one click. Usable in any view; it sizes itself to its container.
 */
export function FindingsPanel() {
  const analysis = useAnalysis();
  const releases = usePlan((state) => state.releases);
  const empty = usePlan(isPlanEmpty);
  const now = useNow();
  const [shown, setShown] = useState(ALL_SHOWN);
  const headingId = useId();
  if (empty) return null;

  const counts = countBySeverity(analysis.findings);
  const standings = new Map(analysis.releases.map((r) => [r.release, r]));
  const groups = groupAnalysis(releases, analysis, shown);
  const toggle = (severity: Severity) =>
    setShown((current) => ({ ...current, [severity]: !current[severity] }));

  return (
    <section className="panel findings-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId} className="findings-heading" tabIndex={-1}>
          Findings
        </h2>
        {analysis.findings.length === 0 ? null : (
          <div className="severity-filters" role="group" aria-label="Show findings of severity">
            {SEVERITIES.map((severity) => (
              <button
                key={severity}
                type="button"
                className={`severity-filter is-${severity}`}
                aria-pressed={shown[severity]}
                title={shown[severity] ? 'Shown; click to hide' : 'Hidden; click to show'}
                onClick={() => toggle(severity)}
              >
                <Icon name={SEVERITY_ICON[severity]} />
                {severityCount(severity, counts[severity])}
              </button>
            ))}
          </div>
        )}
        <span className="panel-meta">
          {analysis.suggestions.length === 1
            ? '1 suggestion'
            : `${analysis.suggestions.length} suggestions`}
        </span>
      </div>
      {analysis.findings.length === 0 ? (
        <p className="findings-clear">
          <Icon name="check" className="icon-done" />
          No findings: every embargo and follow-up clears its release.
        </p>
      ) : groups.length === 0 ? (
        <p className="panel-empty-line">Every finding is hidden by the filters above.</p>
      ) : (
        <div className="finding-groups">
          {groups.map((group) => (
            <GroupSection
              key={group.key}
              group={group}
              standing={group.release ? standings.get(group.release.name) : undefined}
              now={now}
            />
          ))}
        </div>
      )}
      <EvidenceBox
        evidence={analysis.evidence}
        open={analysis.suggestions.some((s) => s.kind === 'SLIP_RELEASE')}
      />
    </section>
  );
}

/** What past releases say, behind every learned figure in the suggestions. */
function EvidenceBox({ evidence, open }: { evidence: Evidence; open: boolean }) {
  return (
    <details className="evidence" open={open}>
      <summary>What past releases say ({evidence.releasedReleases} released)</summary>
      <dl>
        {evidenceLines(evidence).map((line) => (
          <div key={line.label} className="evidence-row">
            <dt>{line.label}</dt>
            <dd className={line.source === 'settings' ? 'source-settings' : undefined}>
              {line.text}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

interface GroupSectionProps {
  group: FindingGroup;
  standing: ReleaseStanding | undefined;
  now: Date;
}

function GroupSection({ group, standing, now }: GroupSectionProps) {
  // Embargoes hold the release, but so does something else: say why branch-and-reopen waits.
  const others = standing && standing.heldBySecurity.length > 0 ? standing.openBlockers : [];
  const headingId = `findings-${group.key}`;
  const date = group.release ? releaseDate(group.release) : null;
  return (
    // A group, not a region: one landmark per release would crowd a screen reader's list.
    <div role="group" className="finding-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group-title">
        {group.release ? (
          <>
            <span className="finding-group-name">{group.release.name}</span>
            {date ? (
              <span className="muted">
                release <time dateTime={date}>{formatDay(date)}</time> · {relativeDays(date, now)}
              </span>
            ) : null}
          </>
        ) : (
          <>
            <span className="finding-group-name">Advisory dates</span>
            <span className="muted">pre-disclosure and lift days, whatever the release</span>
          </>
        )}
      </h3>
      <div className="finding-columns">
        {group.findings.length > 0 ? (
          <ul
            className="finding-list"
            aria-label={`Findings: ${group.release?.name ?? 'advisories'}`}
          >
            {group.findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} />
            ))}
          </ul>
        ) : (
          <p className="finding-list finding-none">No findings of the severities shown.</p>
        )}
        {group.suggestions.length > 0 ? (
          <div className="suggestions">
            <h4 className="suggestions-title">Suggestions</h4>
            <ul className="suggestion-list">
              {group.suggestions.map((suggestion) => (
                <SuggestionItem key={suggestion.id} suggestion={suggestion} />
              ))}
            </ul>
            {others.length > 0 ? (
              <p className="branch-waits">
                <Icon name="flag" />
                <span>
                  Branch-and-reopen waits: besides embargoes,{' '}
                  {others.map((b) => `${b.kind} “${b.title}”`).join(', ')}{' '}
                  {others.length === 1 ? 'is' : 'are'} still open. Resolve{' '}
                  {others.length === 1 ? 'it' : 'them'} and only security will hold{' '}
                  {group.release?.name}.
                </span>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
