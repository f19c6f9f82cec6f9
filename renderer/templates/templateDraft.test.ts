import { describe, expect, it } from 'vitest';
import { XEN_416_TEMPLATE } from '../../shared/planning';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import {
  checkTemplateDraft,
  draftFromTemplate,
  newTemplateRow,
  offsetText,
  templateErrors,
} from './templateDraft';
import { rowsFromTemplate } from './templateRows';

const shipped = { id: null, revision: 0, shipped: true, ...XEN_416_TEMPLATE };

describe('template drafts', () => {
  it('shows offsets as days before the release, and turns them back', () => {
    const draft = draftFromTemplate(shipped, true);
    expect(draft.name).toBe('Xen 4.16 style (copy)');
    expect(draft.rows.map((r) => r.daysBefore)).toEqual(['74', '53', '32', '18', '14', '0']);
    const checked = checkTemplateDraft(draft);
    expect(checked).toEqual({
      ok: true,
      value: { name: 'Xen 4.16 style (copy)', milestones: XEN_416_TEMPLATE.milestones },
    });
  });

  it('names the field of each problem: days, a release off its date, a second release, the name', () => {
    const draft = {
      name: ' ',
      rows: [
        { ...newTemplateRow('feature-freeze'), daysBefore: '7.5' },
        { ...newTemplateRow('release'), daysBefore: '3' },
        { ...newTemplateRow('release'), daysBefore: '0' },
      ],
    };
    const checked = checkTemplateDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.fields).toEqual({
      'milestones[0].daysBefore': 'Days before release must be a whole number of days, 0 to 3650',
      'milestones[1].daysBefore':
        'Days before release must be 0 for the release: it is the target date itself',
      'milestones[2].kind': 'Kind is Release twice; keep one',
      name: 'Name must not be empty',
    });
  });

  it('puts the server’s offset problems on the days field', () => {
    const draft = draftFromTemplate(null);
    expect(
      templateErrors(draft, [{ path: 'milestones[0].offsetDays', message: 'is wrong' }]).fields,
    ).toEqual({ 'milestones[0].daysBefore': 'Days before release is wrong' });
  });

  it('says offsets in days and weeks, marking rounded weeks', () => {
    expect(offsetText(0)).toBe('on the release date');
    expect(offsetText(-3)).toBe('3 days before');
    expect(offsetText(-14)).toBe('14 days before (2 weeks)');
    expect(offsetText(-7)).toBe('7 days before (1 week)');
    expect(offsetText(-74)).toBe('74 days before (about 10½ weeks)');
  });
});

describe('rowsFromTemplate', () => {
  it('fills the release form’s rows back from the target date, off holidays', () => {
    const rows = rowsFromTemplate(XEN_416_TEMPLATE, '2026-03-03', {
      ...DEFAULT_SETTINGS,
      holidays: ['2026-01-30'],
    });
    expect(rows.map((r) => [r.kind, r.planned, r.actual, r.baseline])).toEqual([
      ['last-posting', '2025-12-19', '', null],
      ['feature-freeze', '2026-01-09', '', null],
      ['code-freeze', '2026-01-29', '', null],
      ['hard-code-freeze', '2026-02-13', '', null],
      ['branch', '2026-02-17', '', null],
      ['release', '2026-03-03', '', null],
    ]);
    expect(new Set(rows.map((r) => r.rowKey)).size).toBe(6);
  });
});
