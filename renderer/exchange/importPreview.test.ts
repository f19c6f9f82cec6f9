import { describe, expect, it } from 'vitest';
import type { CallName } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import type { Client } from '../api/client';
import {
  fileProblems,
  firstOf,
  importBlocker,
  importedText,
  recognisedAs,
  runImport,
  type ImportOutcome,
  type PlanReport,
} from './importPreview';

function fakeClient(value: unknown) {
  const calls: { name: CallName; input: unknown }[] = [];
  const client = {
    call: (name: CallName, input: unknown) => {
      calls.push({ name, input });
      return Promise.resolve({ ok: true, value } as Result<unknown>);
    },
  } as Client;
  return { client, calls };
}

const file = { fileName: 'x.ics', content: 'BEGIN:VCALENDAR', size: 15 };

function plan(report: Partial<PlanReport>): ImportOutcome {
  return {
    kind: 'plan',
    report: {
      format: 'xsa.json',
      applied: false,
      added: [],
      changed: [],
      unchanged: 0,
      refused: [],
      settingsDifferences: null,
      conflicts: [],
      ...report,
    },
  };
}

describe('running an import', () => {
  it('sends each kind to its own call', async () => {
    for (const [kind, call] of [
      ['plan', 'exchange.import'],
      ['holidays', 'calendars.importHolidays'],
      ['reference', 'calendars.importReference'],
    ] as const) {
      const { client, calls } = fakeClient({ applied: false });
      const result = await runImport(client, { file, kind, preview: true });
      const choices =
        kind === 'plan' ? { settings: 'keep', holidays: 'merge', conflicts: 'ours' } : {};
      expect(calls).toEqual([
        {
          name: call,
          input: { content: file.content, fileName: 'x.ics', preview: true, ...choices },
        },
      ]);
      expect(result).toMatchObject({ ok: true, value: { kind } });
    }
  });

  it('names a reference calendar only when a name was typed', async () => {
    const { client, calls } = fakeClient({});
    await runImport(client, { file, kind: 'reference', preview: false, name: '  QEMU  ' });
    await runImport(client, { file, kind: 'reference', preview: false, name: '   ' });
    expect(calls.map((c) => (c.input as { name?: string }).name)).toEqual(['QEMU', undefined]);
  });
});

describe('what the preview says', () => {
  it('refuses the whole file when one entry is refused, and says why', () => {
    const outcome = plan({
      added: ['XSA-1'],
      refused: [{ where: '[0].xsas[2] (XSA-268)', reason: 'public_time: bad' }],
    });
    expect(importBlocker(outcome)).toBe(
      'Nothing can be imported: 1 entry is refused, and an import is all or nothing. Correct the file and choose it again.',
    );
    expect(recognisedAs(outcome)).toBe("Xen's xsa.json");
  });

  it('has nothing to import when nothing would change', () => {
    expect(importBlocker(plan({ unchanged: 3 }))).toMatch(/^Nothing to import/);
    expect(importBlocker(plan({ changed: ['XSA-263'] }))).toBeNull();
    const holidays: ImportOutcome = {
      kind: 'holidays',
      report: {
        applied: false,
        added: [],
        unchanged: 2,
        skipped: [],
        holidays: 2,
        named: 0,
        days: [],
      },
    };
    expect(importBlocker(holidays)).toMatch(/already a holiday/);
  });

  it('confirms an import with its numbers', () => {
    expect(importedText(plan({ added: ['release 4.12', 'XSA-300'], unchanged: 1 }), 'b.json')).toBe(
      'Imported b.json: 2 added, 0 changed, 1 unchanged.',
    );
    expect(
      importedText(
        {
          kind: 'holidays',
          report: {
            applied: true,
            added: ['2027-01-01'],
            unchanged: 0,
            skipped: [],
            holidays: 3,
            named: 0,
            days: [{ date: '2027-01-01', name: null, change: 'add' }],
          },
        },
        'h.ics',
      ),
    ).toBe('Imported 1 holiday from h.ics. The working-day calendar now has 3 holidays.');
    expect(
      importedText(
        {
          kind: 'reference',
          report: { applied: true, id: 1, name: 'QEMU', replaced: true, events: 4, skipped: [] },
        },
        'q.ics',
      ),
    ).toBe('Replaced the reference calendar "QEMU" with 4 events.');
  });

  it('splits a refusal of the file into places, without the file name', () => {
    expect(
      fileProblems(
        'b.json: advisories[2].publicAt: is not a UTC instant; releases[0].name: must not be empty',
        'b.json',
      ),
    ).toEqual([
      { where: 'advisories[2].publicAt', text: 'is not a UTC instant' },
      { where: 'releases[0].name', text: 'must not be empty' },
    ]);
    expect(fileProblems('b.json: not valid JSON (Unexpected end at line 1)', 'b.json')).toEqual([
      { where: null, text: 'not valid JSON (Unexpected end at line 1)' },
    ]);
  });

  it('cuts long lists', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], more: 0 });
  });
});

describe('a file whose only changes are to records both sides changed', () => {
  it('says the user keeps theirs instead of "already in the plan"', () => {
    expect(
      importBlocker(
        plan({ format: 'bundle', conflicts: [{ record: 'release 4.21', kept: 'ours' }] }),
      ),
    ).toBe(
      'Nothing else to import: the file changes only 1 record you changed too, and you keep yours.',
    );
  });
});
