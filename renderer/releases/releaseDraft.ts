import type { CallInput } from '../../shared/contract/calls';
import { releaseFields } from '../../shared/domain/releaseSchemas';
import {
  MILESTONE_LABELS,
  milestonesByDate,
  type BlockerKind,
  type MilestoneKind,
  type Release,
  type ReleaseStatus,
} from '../../shared/domain/release';
import { formErrors, problemsFromZod, type FormErrors, type Problem } from '../common/fieldErrors';
import { newRowKey } from '../common/rowKeys';

// What the release form holds while the user types: text exactly as typed,
// so that a bad date stays on screen to be corrected.

export interface MilestoneDraft {
  rowKey: string;
  id?: number;
  kind: MilestoneKind;
  planned: string;
  actual: string;
  label: string;
  /** Not edited here; sent back so that an edit keeps the original plan. */
  baseline: string | null;
}

/** A blocker that is not an embargo, as typed. */
export interface BlockerDraft {
  rowKey: string;
  id?: number;
  title: string;
  kind: BlockerKind;
  openedOn: string;
  expectedOn: string;
  resolvedOn: string;
}

export interface ReleaseDraft {
  name: string;
  status: ReleaseStatus;
  milestones: MilestoneDraft[];
  blockers: BlockerDraft[];
}

export type ReleaseValues = CallInput<'releases.create'>;

export function newMilestone(kind: MilestoneKind = 'custom'): MilestoneDraft {
  return { rowKey: newRowKey(), kind, planned: '', actual: '', label: '', baseline: null };
}

export function newBlocker(today: string): BlockerDraft {
  return {
    rowKey: newRowKey(),
    title: '',
    kind: 'bug',
    openedOn: today,
    expectedOn: '',
    resolvedOn: '',
  };
}

export function draftFromRelease(release: Release | null): ReleaseDraft {
  if (!release)
    return { name: '', status: 'planned', milestones: [newMilestone('release')], blockers: [] };
  return {
    name: release.name,
    status: release.status,
    // In date order, as the schedule is read; rows do not move while dates are typed.
    milestones: milestonesByDate(release.milestones).map((m) => ({
      rowKey: newRowKey(),
      id: m.id,
      kind: m.kind,
      planned: m.planned,
      actual: m.actual ?? '',
      label: m.label ?? '',
      baseline: m.baseline,
    })),
    blockers: release.blockers.map((b) => ({
      rowKey: newRowKey(),
      id: b.id,
      title: b.title,
      kind: b.kind,
      openedOn: b.openedOn,
      expectedOn: b.expectedOn ?? '',
      resolvedOn: b.resolvedOn ?? '',
    })),
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** What the contract expects, built from the draft without judging it. */
export function releaseValues(draft: ReleaseDraft): ReleaseValues {
  return {
    name: draft.name,
    status: draft.status,
    milestones: draft.milestones.map((m) => ({
      ...(m.id === undefined ? {} : { id: m.id }),
      kind: m.kind,
      planned: m.planned.trim(),
      actual: blankToNull(m.actual),
      baseline: m.baseline,
      label: blankToNull(m.label),
    })),
    blockers: draft.blockers.map((b) => ({
      ...(b.id === undefined ? {} : { id: b.id }),
      title: b.title,
      kind: b.kind,
      openedOn: b.openedOn.trim(),
      expectedOn: blankToNull(b.expectedOn),
      resolvedOn: blankToNull(b.resolvedOn),
    })),
  };
}

/** A row's fields, in the editor's column order (the order its errors are listed under it). */
export const MILESTONE_FIELDS = ['kind', 'label', 'planned', 'actual'] as const;
export const BLOCKER_FIELDS = ['title', 'kind', 'openedOn', 'expectedOn', 'resolvedOn'] as const;

export function releaseFieldKeys(draft: ReleaseDraft): string[] {
  return [
    'name',
    'status',
    'milestones',
    ...draft.milestones.flatMap((_, index) =>
      MILESTONE_FIELDS.map((field) => `milestones[${index}].${field}`),
    ),
    'blockers',
    ...draft.blockers.flatMap((_, index) =>
      BLOCKER_FIELDS.map((field) => `blockers[${index}].${field}`),
    ),
  ];
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  status: 'Status',
  milestones: 'Milestones',
  kind: 'Kind',
  planned: 'Planned date',
  actual: 'Actual date',
  label: 'Label',
  blockers: 'Blockers',
  title: 'Title',
  openedOn: 'Opened',
  expectedOn: 'Expected',
  resolvedOn: 'Resolved',
};

export function releaseFieldLabel(field: string): string | undefined {
  const row = /^(?:milestones|blockers)\[(\d+)\]\.(\w+)$/.exec(field);
  if (row) return FIELD_LABELS[row[2]];
  return FIELD_LABELS[field];
}

export function releaseErrors(draft: ReleaseDraft, problems: readonly Problem[]): FormErrors {
  return formErrors(problems, releaseFieldKeys(draft), releaseFieldLabel);
}

/** The draft checked with the same schema the server uses; the server still has the last word. */
export function checkRelease(
  draft: ReleaseDraft,
): { ok: true; value: ReleaseValues } | { ok: false; errors: FormErrors } {
  const value = releaseValues(draft);
  const parsed = releaseFields.safeParse(value);
  if (parsed.success) return { ok: true, value };
  return { ok: false, errors: releaseErrors(draft, problemsFromZod(parsed.error)) };
}

/** 'Release candidate — RC1' */
export function milestoneTitle(kind: MilestoneKind, label: string | null): string {
  if (kind === 'custom') return label || MILESTONE_LABELS.custom;
  return label ? `${MILESTONE_LABELS[kind]} — ${label}` : MILESTONE_LABELS[kind];
}
