import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  describeProblem,
  fieldFor,
  formErrors,
  problemsFromMessage,
  problemsFromZod,
} from './fieldErrors';
import { withoutField, withoutTouched } from './withoutField';

describe('problemsFromMessage', () => {
  it('splits a server message into one problem per field', () => {
    expect(
      problemsFromMessage(
        'name: must not be empty; milestones[1].planned: is not a real calendar date',
      ),
    ).toEqual([
      { path: 'name', message: 'must not be empty' },
      { path: 'milestones[1].planned', message: 'is not a real calendar date' },
    ]);
  });

  it('keeps a "; " that belongs to the message with it', () => {
    expect(
      problemsFromMessage(
        'revision: release 4.11 was changed elsewhere since you loaded it (now revision 3, yours 2); reload and try again',
      ),
    ).toEqual([
      {
        path: 'revision',
        message:
          'release 4.11 was changed elsewhere since you loaded it (now revision 3, yours 2); reload and try again',
      },
    ]);
  });

  it('gives a message without a field an empty path', () => {
    expect(problemsFromMessage('The planner cannot be reached')).toEqual([
      { path: '', message: 'The planner cannot be reached' },
    ]);
  });

  it('does not take a sentence with a colon for a field', () => {
    expect(problemsFromMessage('Note: the file is empty')[0].path).toBe('');
  });
});

describe('problemsFromZod', () => {
  it('writes paths the way the server does', () => {
    const schema = z.object({ rows: z.array(z.object({ when: z.string() })) });
    const parsed = schema.safeParse({ rows: [{ when: 'x' }, { when: 3 }] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(problemsFromZod(parsed.error)[0].path).toBe('rows[1].when');
  });
});

describe('fieldFor', () => {
  const known = ['key', 'cves', 'publicAt', 'publicAt.date', 'followUps[0].summary'];
  it('finds the field itself or the field that holds the path', () => {
    expect(fieldFor('key', known)).toBe('key');
    expect(fieldFor('cves[2]', known)).toBe('cves');
    expect(fieldFor('publicAt.date', known)).toBe('publicAt.date');
    expect(fieldFor('publicAt', known)).toBe('publicAt');
    expect(fieldFor('followUps[0].summary', known)).toBe('followUps[0].summary');
  });

  it('does not confuse a field with another that shares its start', () => {
    expect(fieldFor('keyring', known)).toBeNull();
    expect(fieldFor('followUps[1].summary', known)).toBeNull();
    expect(fieldFor('revision', known)).toBeNull();
  });
});

describe('describeProblem', () => {
  it('puts the field name before a predicate', () => {
    expect(describeProblem('Planned date', 'is not a real calendar date')).toBe(
      'Planned date is not a real calendar date',
    );
    expect(describeProblem('Key', 'must look like XSA-263 (letters, a dash, a number)')).toBe(
      'Key must look like XSA-263 (letters, a dash, a number)',
    );
  });

  it('turns any other message into a sentence with readable dates', () => {
    expect(
      describeProblem(
        'Embargo lift',
        'the embargo lifts (2018-05-07T12:00:00Z) before its pre-disclosure (2018-05-21T12:00:00Z)',
      ),
    ).toBe(
      'The embargo lifts (Mon 7 May 2018 12:00 UTC) before its pre-disclosure (Mon 21 May 2018 12:00 UTC)',
    );
    expect(describeProblem(undefined, 'is wrong')).toBe('Is wrong');
  });
});

describe('formErrors', () => {
  const labels: Record<string, string> = { name: 'Name', cves: 'CVEs' };
  it('files problems under fields and keeps the first per field', () => {
    const errors = formErrors(
      [
        { path: 'cves[0]', message: 'must look like CVE-2018-3639' },
        { path: 'cves[1]', message: 'must look like CVE-2018-3639' },
        { path: 'name', message: 'must not be empty' },
        { path: '', message: 'The database is busy' },
      ],
      ['name', 'cves'],
      (field) => labels[field],
    );
    expect(errors.fields).toEqual({
      cves: 'CVEs must look like CVE-2018-3639',
      name: 'Name must not be empty',
    });
    expect(errors.general).toEqual(['The database is busy']);
  });

  it('uses the label a problem brings along', () => {
    const errors = formErrors(
      [{ path: 'publicAt.date', message: 'is required', label: 'Lift date' }],
      ['publicAt.date'],
      () => 'Embargo lift',
    );
    expect(errors.fields['publicAt.date']).toBe('Lift date is required');
  });
});

describe('withoutField', () => {
  const errors = {
    fields: { publicAt: 'a', 'publicAt.date': 'b', 'followUps[0].summary': 'c', key: 'd' },
    general: [],
  };
  it('drops a field and its parts once the user touches it', () => {
    expect(Object.keys(withoutField(errors, 'publicAt').fields)).toEqual([
      'followUps[0].summary',
      'key',
    ]);
  });

  it('drops every row once rows move', () => {
    expect(Object.keys(withoutTouched(errors, { rows: true }, 'followUps').fields)).toEqual([
      'publicAt',
      'publicAt.date',
      'key',
    ]);
  });

  it('returns the same object when nothing changes, so React skips the render', () => {
    expect(withoutField(errors, 'title')).toBe(errors);
    expect(withoutTouched(errors, null, 'followUps')).toBe(errors);
  });
});
