import { describe, expect, it } from 'vitest';
import { stepLabel, type StepChange } from './stepLabel';

const advisory = {
  key: 'XSA-263',
  title: 'Secret',
  status: 'embargoed',
  publicAt: '2018-05-21T12:00:00Z',
};

const change = (over: Partial<StepChange>): StepChange => ({
  entity: 'advisory',
  entityName: 'XSA-263',
  action: 'update',
  before: advisory,
  after: advisory,
  ...over,
});

describe('step labels', () => {
  it('say what one change did, by key or release name only', () => {
    expect(stepLabel([change({ action: 'create', before: null })])).toBe('Add XSA-263');
    expect(stepLabel([change({ action: 'delete', after: null })])).toBe('Delete XSA-263');
    expect(stepLabel([change({ after: { ...advisory, publicAt: '2018-05-22T12:00:00Z' } })])).toBe(
      'Move XSA-263 lift',
    );
    expect(stepLabel([change({ after: { ...advisory, status: 'withdrawn' } })])).toBe(
      'Mark XSA-263 withdrawn',
    );
    expect(stepLabel([change({ after: { ...advisory, title: 'Other secret' } })])).toBe(
      'Edit XSA-263',
    );
    expect(
      stepLabel([
        change({
          entity: 'release',
          entityName: '4.11',
          before: { milestones: [{ id: 1, kind: 'release', planned: '2018-06-01' }] },
          after: { milestones: [{ id: 1, kind: 'release', planned: '2018-07-10' }] },
        }),
      ]),
    ).toBe('Move release 4.11 dates');
    expect(
      stepLabel([
        change({
          entity: 'release',
          entityName: '4.11.0',
          before: { name: '4.11' },
          after: { name: '4.11.0' },
        }),
      ]),
    ).toBe('Rename release 4.11 to 4.11.0');
    expect(
      stepLabel([change({ entityName: 'XSA-264', after: { ...advisory, key: 'XSA-264' } })]),
    ).toBe('Rename XSA-263 to XSA-264');
    expect(stepLabel([change({ entity: 'settings', entityName: 'settings' })])).toBe(
      'Change settings',
    );
  });

  it('name a step of several changes after its create or delete', () => {
    const label = stepLabel([
      change({ after: { ...advisory, affects: [] } }),
      change({ entity: 'release', entityName: '4.11', action: 'delete', after: null }),
    ]);
    expect(label).toBe('Delete release 4.11 (and 1 more change)');
    expect(label).not.toContain('Secret');
  });
});
