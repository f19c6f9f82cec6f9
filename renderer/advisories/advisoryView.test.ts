import { describe, expect, it } from 'vitest';
import type { Advisory } from '../../shared/domain/advisory';
import { advisoryRowView, followUpSummary, statusCounts } from './advisoryView';

function advisory(key: string, status: Advisory['status'], publicAt: string): Advisory {
  return {
    id: 1,
    revision: 1,
    key,
    title: '',
    cves: [],
    status,
    predisclosureAt: null,
    publicAt,
    affects: [],
    followUps: [],
    notes: '',
  };
}

const now = new Date('2018-06-01T00:00:00Z');

describe('advisoryRowView', () => {
  it('keeps an embargo whose lift has passed embargoed, and flags it to be marked public', () => {
    expect(advisoryRowView(advisory('XSA-263', 'embargoed', '2018-05-21T12:00:00Z'), now)).toEqual({
      status: 'embargoed',
      liftPassed: true,
      followUps: '',
    });
    expect(
      advisoryRowView(advisory('XSA-267', 'embargoed', '2018-06-13T12:00:00Z'), now),
    ).toMatchObject({ status: 'embargoed', liftPassed: false });
    expect(
      advisoryRowView(advisory('XSA-262', 'public', '2018-05-21T12:00:00Z'), now),
    ).toMatchObject({ status: 'public', liftPassed: false });
    expect(
      advisoryRowView(advisory('XSA-1', 'withdrawn', '2018-05-21T12:00:00Z'), now),
    ).toMatchObject({ status: 'withdrawn', liftPassed: false });
  });
});

describe('followUpSummary', () => {
  const followUp = (status: 'pending' | 'landed' | 'dropped') => ({
    id: 1,
    summary: 'fix',
    expectedAt: null,
    status,
    publicAt: null,
  });
  it('counts what is still to come', () => {
    expect(followUpSummary([])).toBe('');
    expect(followUpSummary([followUp('pending')])).toBe('1 follow-up pending');
    expect(followUpSummary([followUp('pending'), followUp('landed'), followUp('pending')])).toBe(
      '3 follow-ups, 2 pending',
    );
    expect(followUpSummary([followUp('landed'), followUp('dropped')])).toBe(
      '2 follow-ups, none pending',
    );
  });
});

describe('statusCounts', () => {
  it('counts by the recorded status: a passed lift publishes nothing', () => {
    expect(
      statusCounts([
        advisory('XSA-263', 'embargoed', '2018-05-21T12:00:00Z'),
        advisory('XSA-264', 'embargoed', '2018-06-27T12:00:00Z'),
        advisory('XSA-262', 'public', '2018-05-15T12:00:00Z'),
      ]),
    ).toBe('2 embargoed · 1 public');
  });
});
