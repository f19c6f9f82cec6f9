import type { PlanSnapshot } from '../../../shared/contract/calls';
import { PlannerError } from '../../../shared/contract/result';
import { isoDate, utcToday } from '../../../shared/domain/dates';
import { releaseDate } from '../../../shared/domain/release';
import { analyse, type Finding, type Severity, type Suggestion } from '../../../shared/planning';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

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
    apply: s.apply,
  };
}

function counts(findings: readonly Finding[]): string {
  const parts = SEVERITIES.map(
    (severity) => [severity, findings.filter((f) => f.severity === severity).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => plural(n, WORD[severity]));
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** Grouped by release in plan order, advisory-only findings last; suggestions after. */
function textReport(
  plan: PlanSnapshot,
  today: string,
  findings: Finding[],
  suggestions: Suggestion[],
) {
  const lines = [`Plan check as of ${today} (UTC): ${counts(findings)}`];
  const groups = [
    ...plan.releases.map((r) => ({
      title: `${r.name} (release ${releaseDate(r) ?? 'not dated'})`,
      name: r.name as string | null,
    })),
    { title: 'Advisories', name: null },
  ];
  for (const group of groups) {
    const own = findings.filter((f) => f.release === group.name);
    if (own.length === 0) continue;
    lines.push('', group.title);
    for (const f of own) lines.push(`  ${WORD[f.severity].padEnd(8)} ${f.code}: ${f.message}`);
  }
  if (suggestions.length > 0) {
    lines.push('', 'Suggestions');
    for (const s of suggestions) lines.push(`  ${s.release}  ${s.kind}: ${s.message}`);
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
    if (options.json === true)
      io.out(
        JSON.stringify(
          {
            today,
            findings: findings.map(findingJson),
            suggestions: suggestions.map(suggestionJson),
          },
          null,
          2,
        ),
      );
    else io.out(textReport(plan, today, findings, suggestions));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
