import { describe, expect, it } from 'vitest';
import type { Advisory } from '../../shared/domain/advisory';
import type { Release } from '../../shared/domain/release';
import { problemsFromMessage } from '../common/fieldErrors';
import {
  advisoryErrors,
  checkAdvisory,
  draftFromAdvisory,
  followUpLift,
  liftMoved,
  splitCves,
  suggestKey,
  type AdvisoryDraft,
} from './advisoryDraft';

const releases: Release[] = [
  { id: 1, revision: 1, name: '4.10', status: 'released', milestones: [], blockers: [] },
  { id: 2, revision: 1, name: '4.11', status: 'planned', milestones: [], blockers: [] },
];

const XSA_263: Advisory = {
  id: 9,
  revision: 4,
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: ['CVE-2018-3639'],
  status: 'embargoed',
  predisclosureAt: '2018-05-07T12:00:00Z',
  publicAt: '2018-05-21T12:00:00Z',
  affects: ['4.11'],
  followUps: [
    {
      id: 90,
      summary: 'Arm SSBD control',
      expectedAt: '2018-06-22',
      status: 'pending',
      publicAt: '2018-06-22T12:00:00Z',
    },
  ],
  notes: 'Discoverer: Google Project Zero',
};

const defaults = { defaultTime: '12:00', releases };

function draft(changes: Partial<AdvisoryDraft> = {}): AdvisoryDraft {
  return { ...draftFromAdvisory(XSA_263, defaults), ...changes };
}

function refused(changes: Partial<AdvisoryDraft>) {
  const result = checkAdvisory(draft(changes));
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('draftFromAdvisory', () => {
  it('starts a new advisory embargoed, at the default time, affecting unreleased releases', () => {
    const fresh = draftFromAdvisory(null, { defaultTime: '14:00', releases });
    expect(fresh).toMatchObject({
      status: 'embargoed',
      publicDate: '',
      publicTime: '14:00',
      predisclosureTime: '14:00',
      affects: ['4.11'],
    });
  });

  it('splits instants into UTC date and time', () => {
    expect(draft()).toMatchObject({
      predisclosureDate: '2018-05-07',
      predisclosureTime: '12:00',
      publicDate: '2018-05-21',
      publicTime: '12:00',
      cves: 'CVE-2018-3639',
    });
  });
});

describe('checkAdvisory', () => {
  it('gives back the advisory it was made from, follow-up ids and publication included', () => {
    const result = checkAdvisory(draft());
    expect(result).toEqual({
      ok: true,
      value: {
        key: 'XSA-263',
        title: 'Speculative Store Bypass',
        cves: ['CVE-2018-3639'],
        status: 'embargoed',
        predisclosureAt: '2018-05-07T12:00:00Z',
        publicAt: '2018-05-21T12:00:00Z',
        affects: ['4.11'],
        followUps: [
          {
            id: 90,
            summary: 'Arm SSBD control',
            expectedAt: '2018-06-22',
            status: 'pending',
            publicAt: '2018-06-22T12:00:00Z',
          },
        ],
        notes: 'Discoverer: Google Project Zero',
      },
    });
  });

  it('treats an empty pre-disclosure date as none', () => {
    const result = checkAdvisory(draft({ predisclosureDate: ' ' }));
    expect(result.ok && result.value.predisclosureAt).toBeNull();
  });

  it('refuses to save without a lift, saying when a pasted mail gave none', () => {
    expect(refused({ publicDate: '' }).fields).toEqual({
      'publicAt.date': 'Lift date is required',
    });
    expect(
      refused({ publicDate: '', liftUnread: 'the mail says nowhere when the embargo ends' }).fields,
    ).toEqual({
      'publicAt.date': 'Lift date is required: the pasted mail does not say when the embargo lifts',
    });
  });

  it('names the half of a date and time that is wrong', () => {
    expect(refused({ publicDate: '2018-02-30' }).fields).toEqual({
      'publicAt.date': 'Lift date is not a real calendar date',
    });
    expect(refused({ publicTime: '12' }).fields).toEqual({
      'publicAt.time': 'Lift time must be a time of day written HH:MM (24-hour, UTC)',
    });
    expect(refused({ predisclosureDate: '07/05/2018' }).fields).toEqual({
      'predisclosureAt.date': 'Pre-disclosure date must be a date written YYYY-MM-DD',
    });
  });

  it('requires a lift date', () => {
    expect(refused({ publicDate: '' }).fields).toEqual({
      'publicAt.date': 'Lift date is required',
    });
  });

  it('leaves the order of pre-disclosure and lift to the server', () => {
    expect(checkAdvisory(draft({ publicDate: '2018-05-01' })).ok).toBe(true);
  });

  it('reports every field at once', () => {
    const errors = refused({ key: 'XSA 263', cves: 'CVE-18-1', publicDate: '2018-13-01' });
    expect(Object.keys(errors.fields).sort()).toEqual(['cves', 'key', 'publicAt.date']);
    expect(errors.fields.cves).toBe('CVEs must look like CVE-2018-3639');
  });

  it('puts a follow-up problem on its row', () => {
    const base = draft();
    const errors = refused({
      followUps: [{ ...base.followUps[0], expectedAt: '2018-06-31' }],
    });
    expect(errors.fields).toEqual({
      'followUps[0].expectedAt': 'Expected date is not a real calendar date',
    });
  });
});

describe('moving an embargo', () => {
  it('asks why only when an edit changes the lift', () => {
    expect(liftMoved(draft(), XSA_263)).toBe(false);
    expect(liftMoved(draft({ publicTime: '14:00' }), XSA_263)).toBe(true);
    expect(liftMoved(draft({ publicDate: '2018-05-22' }), null)).toBe(false);
  });

  it('refuses a move without a reason, in the words the server uses', () => {
    const result = checkAdvisory(draft({ publicDate: '2018-05-28' }), XSA_263);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.fields).toEqual({ reason: 'Say why the embargo moves' });
  });

  it('sends the reason with a move, and none otherwise', () => {
    const moved = checkAdvisory(
      draft({ publicDate: '2018-05-28', reason: ' Discoverer asked for a week ' }),
      XSA_263,
    );
    expect(moved.ok && moved.reason).toBe('Discoverer asked for a week');
    const kept = checkAdvisory(draft({ reason: 'left over' }), XSA_263);
    expect(kept.ok && kept.reason).toBeUndefined();
  });
});

describe('advisoryErrors', () => {
  it('shows the server refusing a lift before pre-disclosure under the lift', () => {
    const errors = advisoryErrors(
      draft(),
      problemsFromMessage(
        'publicAt: the embargo lifts (2018-05-01T12:00:00Z) before its pre-disclosure (2018-05-07T12:00:00Z)',
      ),
    );
    expect(errors.fields).toEqual({
      publicAt:
        'The embargo lifts (Tue 1 May 2018 12:00 UTC) before its pre-disclosure (Mon 7 May 2018 12:00 UTC)',
    });
  });

  it('files unknown releases and duplicates under their fields', () => {
    const errors = advisoryErrors(
      draft(),
      problemsFromMessage('key: advisory XSA-263 already exists; affects[0]: no release named 4.9'),
    );
    expect(errors.fields).toEqual({
      key: 'Advisory XSA-263 already exists',
      affects: 'No release named 4.9',
    });
  });
});

describe('splitCves', () => {
  it('takes commas, spaces or semicolons, and upper-cases', () => {
    expect(splitCves(' cve-2018-3639, CVE-2018-3640;CVE-2018-3641  CVE-2018-3642 ,')).toEqual([
      'CVE-2018-3639',
      'CVE-2018-3640',
      'CVE-2018-3641',
      'CVE-2018-3642',
    ]);
    expect(splitCves('  ')).toEqual([]);
  });
});

describe('suggestKey', () => {
  it('follows the highest key of the usual prefix', () => {
    expect(suggestKey([{ key: 'XSA-263' }, { key: 'XSA-267' }, { key: 'QSB-9' }])).toBe('XSA-268');
    expect(suggestKey([])).toBe('XSA-1');
  });
});

describe('a follow-up with its own lift (a re-issued version)', () => {
  it('reads a date and time, or a date alone at the usual time', () => {
    expect(followUpLift('2018-06-22 14:00', '12:00')).toEqual({
      instant: '2018-06-22T14:00:00Z',
      problem: null,
    });
    expect(followUpLift('2018-06-22', '12:00').instant).toBe('2018-06-22T12:00:00Z');
    expect(followUpLift('2018-06-22T9:30 UTC', '12:00').instant).toBe('2018-06-22T09:30:00Z');
    expect(followUpLift('  ', '12:00')).toEqual({ instant: null, problem: null });
  });

  it('puts a lift that is no date and time on its row', () => {
    const base = draft();
    expect(refused({ followUps: [{ ...base.followUps[0], lift: '22/06/2018' }] }).fields).toEqual({
      'followUps[0].publicAt':
        'Follow-up lift must be a date and time written YYYY-MM-DD HH:MM (UTC)',
    });
    expect(
      refused({ followUps: [{ ...base.followUps[0], lift: '2018-06-31 12:00' }] }).fields,
    ).toEqual({
      'followUps[0].publicAt': 'Follow-up lift is not a real calendar date',
    });
  });
});
