import type { PlanSnapshot } from '../../../shared/contract/calls';
import { PlannerError } from '../../../shared/errors/result';
import { isoDate } from '../../../shared/domain/dateSchemas';
import { utcToday } from '../../../shared/domain/dates';
import { MILESTONE_LABELS, type Release } from '../../../shared/domain/release';
import {
  analyse,
  milestoneStatuses,
  type Analysis,
  type Finding,
  type ReleaseStanding,
  type Suggestion,
} from '../../../shared/planning';
import { dayLabel, dayNumber } from '../../../shared/planning/days';
import { evidenceJson, evidenceLines } from '../../../shared/planning/evidenceText';
import { numbersLine } from '../../../shared/planning/numbersLine';
import {
  SEVERITY_WORD,
  severitySummary,
  SUGGESTION_TITLE,
} from '../../../shared/planning/vocabulary';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

/**
 * What a check reports, limited to one release when asked: its findings,
 * and those about the advisories it must carry (a short pre-disclosure).
 */
function scope(plan: PlanSnapshot, findings: Finding[], suggestions: Suggestion[], only?: string) {
  if (only === undefined) return { findings, suggestions };
  const carried = new Set(
    plan.advisories.filter((a) => a.affects.includes(only)).map((a) => a.key),
  );
  return {
    findings: findings.filter((f) =>
      f.release === null ? f.subject !== null && carried.has(f.subject) : f.release === only,
    ),
    suggestions: suggestions.filter((s) => s.release === only),
  };
}

// Follow-up summaries may be confidential: neither output carries them.
// Messages name advisories by key only, as the engine writes them.
function findingJson(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    release: f.release,
    subject: f.subject,
    milestone: f.milestone,
    blocker: f.blocker,
    date: f.date,
    message: f.message,
    numbers: f.numbers,
  };
}

function suggestionJson(s: Suggestion) {
  return {
    kind: s.kind,
    release: s.release,
    subject: s.subject,
    date: s.date,
    message: s.message,
    numbers: s.numbers,
    dates: s.dates,
    recommended: s.recommended,
    recommendation: s.recommendation,
    apply: s.apply,
  };
}

/** Where a release stands: its state, what holds it, each milestone done, upcoming or overdue. */
function releaseJson(
  release: Release,
  standing: ReleaseStanding,
  plan: PlanSnapshot,
  today: string,
) {
  const states = milestoneStatuses(release, today, plan.settings);
  return {
    ...standing,
    name: release.name,
    milestones: release.milestones.map((m, i) => ({
      kind: m.kind,
      label: m.label,
      planned: m.planned,
      actual: m.actual,
      state: states[i].state,
      effective: states[i].effective,
    })),
    blockers: release.blockers,
  };
}

const day = (date: string) => dayLabel(dayNumber(date));

/** "release Tue 5 Jun 2018, overdue (31 days); held by XSA-264, XSA-265; only waiting on security" */
function standingLine(
  release: Release,
  standing: ReleaseStanding,
  plan: PlanSnapshot,
  today: string,
) {
  const states = milestoneStatuses(release, today, plan.settings);
  const at = release.milestones.findIndex((m) => m.kind === 'release');
  const parts: string[] = [];
  if (at < 0) parts.push('release not dated');
  else {
    const m = release.milestones[at];
    const state = states[at];
    parts.push(
      state.state === 'done'
        ? `released ${day(m.actual!)}`
        : state.state === 'overdue'
          ? `release planned ${day(m.planned)}, OVERDUE by ${state.overdueDays} days (counted from ${day(state.effective)})`
          : `release ${day(m.planned)}`,
    );
  }
  if (standing.heldBySecurity.length > 0)
    parts.push(`held by ${standing.heldBySecurity.join(', ')}`);
  const open = standing.openBlockers;
  if (open.length > 0)
    parts.push(
      `open blockers: ${open.map((b) => `${b.kind} ${JSON.stringify(b.title)}`).join(', ')}`,
    );
  if (standing.onlyWaitingOnSecurity) parts.push('only waiting on security');
  return `${release.name} (${parts.join('; ')})`;
}

/** "  done hard code freeze Fri 18 May 2018 · overdue branch Tue 22 May 2018 · upcoming release …" */
function milestoneLine(release: Release, plan: PlanSnapshot, today: string): string | null {
  if (release.milestones.length === 0) return null;
  const states = milestoneStatuses(release, today, plan.settings);
  return `  milestones: ${release.milestones
    .map((m, i) => {
      const name = (m.label ?? MILESTONE_LABELS[m.kind]).toLowerCase();
      const state = states[i];
      return `${name} ${day(m.actual ?? m.planned)} ${state.state === 'overdue' ? `OVERDUE ${state.overdueDays}d` : state.state}`;
    })
    .join(' · ')}`;
}

/** "  error    EMBARGO_AFTER_RELEASE: XSA-267 lifts …": the code stays, for grep. */
function findingLine(f: Finding): string {
  return `  ${SEVERITY_WORD[f.severity].toLowerCase().padEnd(8)} ${f.code}: ${f.message}`;
}

/** The suggestion's title and message, its figures under them as the findings panel shows them. */
function suggestionLines(s: Suggestion): string[] {
  const mark = s.recommended === true ? ' (recommended)' : '';
  const lines = [`  ${s.release}  ${SUGGESTION_TITLE[s.kind]} [${s.kind}]${mark}: ${s.message}`];
  const figures = numbersLine(s.numbers);
  if (figures.length > 0) lines.push(`      ${figures.join(' · ')}`);
  if (s.recommendation && s.recommended) lines.push(`      Why: ${s.recommendation}`);
  return lines;
}

/** Grouped by release in plan order, advisory-only findings last; suggestions after. */
function textReport(
  plan: PlanSnapshot,
  today: string,
  analysis: Analysis,
  findings: Finding[],
  suggestions: Suggestion[],
  only?: string,
) {
  const lines = [`Plan check as of ${today} (UTC): ${severitySummary(findings) || 'no findings'}`];
  for (const release of plan.releases) {
    if (only !== undefined && release.name !== only) continue;
    const own = findings.filter((f) => f.release === release.name);
    const standing = analysis.releases.find((r) => r.release === release.name)!;
    // Released releases without findings are history: one line is enough.
    if (own.length === 0 && standing.state === 'released' && only === undefined) continue;
    lines.push('', standingLine(release, standing, plan, today));
    const milestones = standing.state === 'released' ? null : milestoneLine(release, plan, today);
    if (milestones) lines.push(milestones);
    for (const f of own) lines.push(findingLine(f));
  }
  const loose = findings.filter((f) => f.release === null);
  if (loose.length > 0) {
    lines.push('', 'Advisories');
    for (const f of loose) lines.push(findingLine(f));
  }
  if (suggestions.length > 0) {
    lines.push('', 'What past releases say');
    for (const e of evidenceLines(analysis.evidence)) lines.push(`  ${e.label}: ${e.text}`);
    lines.push('', 'Suggestions');
    for (const s of suggestions) lines.push(...suggestionLines(s));
  }
  return lines.join('\n');
}

export const check: Command = {
  usage: 'check [--json] [--release NAME] [--today YYYY-MM-DD]',
  help: 'findings and suggestions for the plan as of today (UTC) or --today; exit 1 when any finding is an error',
  options: { json: { type: 'boolean' }, release: { type: 'string' }, today: { type: 'string' } },
  run({ backend, io, options }) {
    const todayText = options.today as string | undefined;
    const only = options.release as string | undefined;
    if (todayText !== undefined) {
      const parsed = isoDate.safeParse(todayText);
      if (!parsed.success)
        throw new UsageError(
          `--today: ${JSON.stringify(todayText)} ${parsed.error.issues[0].message}`,
        );
    }
    const today = todayText ?? utcToday(io.now());
    const plan = callOrThrow(backend, 'plan.get', {});
    if (only !== undefined && !plan.releases.some((r) => r.name === only))
      throw new PlannerError('not_found', `--release: no release named ${only}`);
    const analysis = analyse(plan, today);
    const { findings, suggestions } = scope(plan, analysis.findings, analysis.suggestions, only);
    const releases = plan.releases.filter((r) => only === undefined || r.name === only);
    if (options.json === true)
      io.out(
        JSON.stringify(
          {
            today,
            findings: findings.map(findingJson),
            suggestions: suggestions.map(suggestionJson),
            releases: releases.map((r) =>
              releaseJson(
                r,
                analysis.releases.find((s) => s.release === r.name)!,
                plan,
                today,
              ),
            ),
            evidence: evidenceJson(analysis.evidence),
          },
          null,
          2,
        ),
      );
    else io.out(textReport(plan, today, analysis, findings, suggestions, only));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
