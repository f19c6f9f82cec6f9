import { describe, expect, it } from 'vitest';
import type { EntityHistory } from '../../shared/history/schemas';
import { historyRedaction, SHOW_ALL } from '../../shared/history/historyRedaction';
import { HIDDEN } from '../common/redaction';
import { fieldLabel, historyView, valueText } from './historyView';

const history: EntityHistory = {
  entity: 'advisory',
  id: 1,
  name: 'XSA-263',
  exists: true,
  entries: [
    {
      changeId: 1,
      at: '2018-05-01T09:00:00.123Z',
      who: 'lars',
      source: 'app',
      action: 'create',
      reason: null,
      stepId: 1,
      name: 'XSA-263',
      fields: [
        { field: 'key', safeField: 'key', before: null, after: 'XSA-263', confidential: false },
        {
          field: 'title',
          safeField: 'title',
          before: null,
          after: 'Speculative Store Bypass',
          confidential: true,
        },
      ],
    },
    {
      changeId: 2,
      at: '2018-05-02T10:30:00.000Z',
      who: 'jan',
      source: 'web',
      action: 'update',
      reason: 'Discoverer asked for a week',
      stepId: 2,
      name: 'XSA-263',
      fields: [
        {
          field: 'publicAt',
          safeField: 'publicAt',
          before: '2018-05-14T12:00:00Z',
          after: '2018-05-21T12:00:00Z',
          confidential: false,
        },
        {
          field: 'followUps["Arm SSBD control"].status',
          safeField: 'followUps[#1].status',
          before: 'pending',
          after: 'landed',
          confidential: true,
        },
      ],
    },
  ],
};

describe('historyView', () => {
  it('lists changes newest first, with the forms’ names and dates', () => {
    const [move, create] = historyView(history, SHOW_ALL);
    expect(move).toMatchObject({
      when: 'Wed 2 May 2018 10:30 UTC',
      who: 'jan',
      via: 'in the browser',
      action: 'Changed',
      reason: 'Discoverer asked for a week',
    });
    expect(move.changes).toEqual([
      {
        field: 'Embargo lift',
        kind: 'changed',
        before: 'Mon 14 May 2018 12:00 UTC',
        after: 'Mon 21 May 2018 12:00 UTC',
        shift: '+7 d',
        hidden: false,
      },
      {
        field: 'Follow-up “Arm SSBD control” · status',
        kind: 'changed',
        before: 'pending',
        after: 'landed',
        shift: null,
        hidden: false,
      },
    ]);
    expect(create.action).toBe('Created');
    expect(create.changes[1]).toMatchObject({ field: 'Title', kind: 'added', before: '—' });
  });

  it('does not repeat what a list element’s label says', () => {
    const added: EntityHistory = {
      ...history,
      entries: [
        {
          ...history.entries[1],
          fields: [
            {
              field: 'followUps["Fix"]',
              safeField: 'followUps[#1]',
              before: null,
              after: { summary: 'Fix', expectedAt: null, status: 'pending', publicAt: null },
              confidential: true,
            },
          ],
        },
      ],
    };
    expect(historyView(added, SHOW_ALL)[0].changes[0]).toMatchObject({
      field: 'Follow-up “Fix”',
      after: 'status pending',
    });
  });

  it('hides confidential fields and reasons while presenting', () => {
    const [move, create] = historyView(history, historyRedaction(history, null, new Date()));
    expect(move.reason).toBe(HIDDEN);
    expect(move.changes[0].after).toBe('Mon 21 May 2018 12:00 UTC');
    expect(move.changes[1]).toMatchObject({
      field: 'Follow-up #1 · status',
      before: HIDDEN,
      after: HIDDEN,
      hidden: true,
    });
    expect(create.changes[1]).toMatchObject({ before: '—', after: HIDDEN });
    expect(JSON.stringify([move, create])).not.toMatch(/Speculative|Arm SSBD|Discoverer/);
  });
});

describe('fieldLabel', () => {
  it('names milestones as the release card does', () => {
    expect(fieldLabel('milestones[release].planned')).toBe('Release · planned');
    expect(fieldLabel('milestones[rc "RC2"].actual')).toBe('Release candidate — RC2 · actual');
    expect(fieldLabel('milestones[rc #2]')).toBe('Release candidate #2');
    expect(fieldLabel('warnWindowDays')).toBe('warnWindowDays');
  });
});

describe('valueText', () => {
  it('writes lists, empties and records readably', () => {
    expect(valueText([])).toBe('none');
    expect(valueText(['4.20', '4.21'])).toBe('4.20, 4.21');
    expect(valueText('')).toBe('(empty)');
    expect(valueText({ summary: 'Fix', expectedAt: '2018-06-22', status: 'pending' })).toBe(
      'summary Fix, expected Fri 22 Jun 2018, status pending',
    );
  });
});
