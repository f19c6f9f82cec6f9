import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import type { MilestoneKind } from '../../shared/domain/release';
import { MILESTONE_LABELS } from '../../shared/domain/release';
import { releaseTemplate, type ReleaseTemplate } from '../../shared/planning/templateSchemas';
import { formErrors, problemsFromZod, type FormErrors, type Problem } from '../common/fieldErrors';
import { newRowKey } from '../common/rowKeys';

// A template as its form holds it. Offsets are typed as days *before* the
// release, a positive number, because that is how release managers say it
// ("feature freeze seven and a half weeks before"); stored, they are ≤ 0.

export const MAX_DAYS_BEFORE = 3650;

export interface TemplateRowDraft {
  rowKey: string;
  kind: MilestoneKind;
  label: string;
  daysBefore: string;
}

export interface TemplateDraft {
  name: string;
  rows: TemplateRowDraft[];
}

export function newTemplateRow(kind: MilestoneKind = 'custom', daysBefore = ''): TemplateRowDraft {
  return { rowKey: newRowKey(), kind, label: '', daysBefore };
}

/** A form for `template`; `copy` starts a new template from it (a shipped one cannot be edited). */
export function draftFromTemplate(template: TemplateInfo | null, copy = false): TemplateDraft {
  if (!template) return { name: '', rows: [newTemplateRow('release', '0')] };
  return {
    name: copy ? `${template.name} (copy)` : template.name,
    rows: template.milestones.map((m) => ({
      rowKey: newRowKey(),
      kind: m.kind,
      label: m.label ?? '',
      daysBefore: String(-m.offsetDays),
    })),
  };
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  milestones: 'Milestones',
  kind: 'Kind',
  label: 'Label',
  daysBefore: 'Days before release',
};

export function templateFieldLabel(field: string): string | undefined {
  const row = /^milestones\[(\d+)\]\.(\w+)$/.exec(field);
  return FIELD_LABELS[row ? row[2] : field];
}

/** A row's fields, in the editor's column order (the order its errors are listed under it). */
export const TEMPLATE_ROW_FIELDS = ['kind', 'label', 'daysBefore'] as const;

function fieldKeys(draft: TemplateDraft): string[] {
  return [
    'name',
    'milestones',
    ...draft.rows.flatMap((_, i) => TEMPLATE_ROW_FIELDS.map((f) => `milestones[${i}].${f}`)),
  ];
}

/** The server speaks in offsets; the form shows days before. */
export function templateErrors(draft: TemplateDraft, problems: readonly Problem[]): FormErrors {
  const renamed = problems.map((p) => ({
    ...p,
    path: p.path.replace(/\.offsetDays$/, '.daysBefore'),
  }));
  return formErrors(renamed, fieldKeys(draft), templateFieldLabel);
}

function rowProblems(rows: readonly TemplateRowDraft[]): Problem[] {
  const problems: Problem[] = [];
  let release = false;
  rows.forEach((row, i) => {
    const path = `milestones[${i}].daysBefore`;
    const text = row.daysBefore.trim();
    if (!/^\d+$/.test(text) || Number(text) > MAX_DAYS_BEFORE)
      problems.push({ path, message: `must be a whole number of days, 0 to ${MAX_DAYS_BEFORE}` });
    else if (row.kind === 'release' && Number(text) !== 0)
      problems.push({ path, message: 'must be 0 for the release: it is the target date itself' });
    if (row.kind === 'release') {
      if (release)
        problems.push({ path: `milestones[${i}].kind`, message: 'is Release twice; keep one' });
      release = true;
    }
  });
  return problems;
}

/** The draft as templates.create/update expect it, or what is wrong with it, field by field. */
export function checkTemplateDraft(
  draft: TemplateDraft,
): { ok: true; value: ReleaseTemplate } | { ok: false; errors: FormErrors } {
  const problems = rowProblems(draft.rows);
  const value = {
    name: draft.name,
    milestones: draft.rows.map((row) => ({
      kind: row.kind,
      label: row.label.trim() === '' ? null : row.label.trim(),
      // 0 - n, not -n: a release at 0 days must store 0, not -0.
      offsetDays: problems.length > 0 ? 0 : 0 - Number(row.daysBefore.trim()),
    })),
  };
  const parsed = releaseTemplate.safeParse(value);
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error));
  if (problems.length > 0 || !parsed.success)
    return { ok: false, errors: templateErrors(draft, problems) };
  return { ok: true, value: parsed.data };
}

/** '4 weeks', 'about 10½ weeks' for a number of days; '' under a week, where days say it. */
export function weeksText(days: number): string {
  if (!Number.isFinite(days) || days < 7) return '';
  const halves = Math.round((days / 7) * 2);
  const weeks = `${Math.floor(halves / 2) || ''}${halves % 2 ? '½' : ''}`;
  const exact = halves * 3.5 === days;
  return `${exact ? '' : 'about '}${weeks} ${halves === 2 ? 'week' : 'weeks'}`;
}

/** '74 days before (about 10½ weeks)', '14 days before (2 weeks)', 'on the release date'. */
export function offsetText(offsetDays: number): string {
  const days = -offsetDays;
  if (days === 0) return 'on the release date';
  const weeks = weeksText(days);
  const text = `${days} ${days === 1 ? 'day' : 'days'} before`;
  return weeks ? `${text} (${weeks})` : text;
}

/** 'Feature freeze', or the label of a custom milestone. */
export function rowTitle(kind: MilestoneKind, label: string | null): string {
  if (kind === 'custom') return label || MILESTONE_LABELS.custom;
  return label ? `${MILESTONE_LABELS[kind]} — ${label}` : MILESTONE_LABELS[kind];
}
