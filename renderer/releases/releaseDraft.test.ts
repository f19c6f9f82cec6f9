import { describe, expect, it } from 'vitest';
import type { Release } from '../../shared/domain/release';
import { problemsFromMessage } from '../common/fieldErrors';
import {
  checkRelease,
  draftFromRelease,
  milestoneTitle,
  releaseErrors,
  releaseValues,
  type ReleaseDraft,
} from './releaseDraft';

const XEN_411: Release = {
  id: 7,
  revision: 3,
  name: '4.11',
  status: 'planned',
  blockers: [
    {
      id: 5,
      title: 'Push gate',
      kind: 'test-gate',
      openedOn: '2018-05-20',
      expectedOn: null,
      resolvedOn: null,
    },
  ],
  milestones: [
    {
      id: 70,
      kind: 'feature-freeze',
      planned: '2018-03-30',
      actual: '2018-03-30',
      baseline: null,
      label: null,
    },
    {
      id: 71,
      kind: 'release',
      planned: '2018-07-10',
      actual: null,
      baseline: '2018-06-01',
      label: null,
    },
  ],
};

function draft(changes: Partial<ReleaseDraft> = {}): ReleaseDraft {
  return { ...draftFromRelease(XEN_411), ...changes };
}

describe('draftFromRelease and releaseValues', () => {
  it('starts a new release with an empty release milestone', () => {
    const fresh = draftFromRelease(null);
    expect(fresh.name).toBe('');
    expect(fresh.milestones.map((m) => m.kind)).toEqual(['release']);
  });

  it('gives back what it was given, ids and baselines included', () => {
    expect(releaseValues(draftFromRelease(XEN_411))).toEqual({
      name: '4.11',
      status: 'planned',
      milestones: [
        {
          id: 70,
          kind: 'feature-freeze',
          planned: '2018-03-30',
          actual: '2018-03-30',
          baseline: null,
          label: null,
        },
        {
          id: 71,
          kind: 'release',
          planned: '2018-07-10',
          actual: null,
          baseline: '2018-06-01',
          label: null,
        },
      ],
      blockers: [
        {
          id: 5,
          title: 'Push gate',
          kind: 'test-gate',
          openedOn: '2018-05-20',
          expectedOn: null,
          resolvedOn: null,
        },
      ],
    });
  });

  it('lists milestones by date, however they were stored', () => {
    const stored: Release = {
      ...XEN_411,
      milestones: [
        XEN_411.milestones[1],
        {
          ...XEN_411.milestones[0],
          id: 72,
          kind: 'code-freeze',
          planned: '2018-04-06',
          actual: null,
        },
        XEN_411.milestones[0],
      ],
    };
    expect(draftFromRelease(stored).milestones.map((m) => m.id)).toEqual([70, 72, 71]);
  });

  it('turns blank optional fields into null and trims dates', () => {
    const base = draft();
    const values = releaseValues({
      ...base,
      milestones: [
        { ...base.milestones[0], actual: '  ', label: ' RC1 ', planned: ' 2018-04-17 ' },
      ],
    });
    expect(values.milestones?.[0]).toMatchObject({
      actual: null,
      label: 'RC1',
      planned: '2018-04-17',
    });
  });
});

describe('checkRelease', () => {
  it('accepts a good release', () => {
    expect(checkRelease(draft()).ok).toBe(true);
  });

  it('puts a date that does not exist beside its row', () => {
    const base = draft();
    const result = checkRelease({
      ...base,
      milestones: [base.milestones[0], { ...base.milestones[1], planned: '2018-02-30' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.fields).toEqual({
        'milestones[1].planned': 'Planned date is not a real calendar date',
      });
  });

  it('says how to write a date written another way', () => {
    const base = draft();
    const result = checkRelease({
      ...base,
      milestones: [{ ...base.milestones[0], actual: '30/03/2018' }],
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.fields['milestones[0].actual']).toBe(
      'Actual date must be a date written YYYY-MM-DD',
    );
  });

  it('refuses an empty name', () => {
    const result = checkRelease(draft({ name: '  ' }));
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.fields.name).toBe('Name must not be empty');
  });
});

describe('releaseErrors', () => {
  it('files the server message under the field it names', () => {
    const errors = releaseErrors(
      draft(),
      problemsFromMessage(
        'name: a release named 4.11 already exists; milestones[0].planned: is not a real calendar date',
      ),
    );
    expect(errors.fields).toEqual({
      name: 'A release named 4.11 already exists',
      'milestones[0].planned': 'Planned date is not a real calendar date',
    });
    expect(errors.general).toEqual([]);
  });

  it('files a problem about a row the form does not have under the list', () => {
    const errors = releaseErrors(
      draft(),
      problemsFromMessage('milestones[5].planned: is not a real calendar date'),
    );
    expect(errors.fields).toEqual({ milestones: 'Planned date is not a real calendar date' });
  });
});

describe('milestoneTitle', () => {
  it('names a milestone by its kind and label', () => {
    expect(milestoneTitle('rc', 'RC1')).toBe('Release candidate — RC1');
    expect(milestoneTitle('code-freeze', null)).toBe('Code freeze');
    expect(milestoneTitle('custom', 'Summit')).toBe('Summit');
    expect(milestoneTitle('custom', null)).toBe('Milestone');
  });
});
