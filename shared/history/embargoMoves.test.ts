import { describe, expect, it } from 'vitest';
import { embargoMovesOf, type AdvisoryChange } from './embargoMoves';

let nextId = 1;
const row = (before: unknown, after: unknown, reason: string | null = null): AdvisoryChange => ({
  id: nextId++,
  at: '2026-11-25T10:00:00.000Z',
  osUser: 'alice',
  source: 'app',
  reason,
  before,
  after,
});
const at = (publicAt: string, title = 'x') => ({ key: 'XSA-263', title, publicAt });

describe('embargo moves', () => {
  it('lists each move with its delta and reason, and sums them up', () => {
    const moves = embargoMovesOf(3, 'XSA-263', [
      row(null, at('2018-05-14T12:00:00Z')),
      row(at('2018-05-14T12:00:00Z'), at('2018-05-21T12:00:00Z'), 'vendor asked for a week'),
      row(at('2018-05-21T12:00:00Z'), at('2018-05-21T12:00:00Z', 'renamed')),
      row(at('2018-05-21T12:00:00Z'), at('2018-05-21T21:00:00Z'), 'coordinated with Intel'),
      row(at('2018-05-21T21:00:00Z'), at('2018-05-21T20:30:00Z'), 'half an hour earlier'),
    ]);
    expect(moves.moves.map((m) => [m.from, m.to, m.deltaHours, m.reason])).toEqual([
      ['2018-05-14T12:00:00Z', '2018-05-21T12:00:00Z', 168, 'vendor asked for a week'],
      ['2018-05-21T12:00:00Z', '2018-05-21T21:00:00Z', 9, 'coordinated with Intel'],
      ['2018-05-21T21:00:00Z', '2018-05-21T20:30:00Z', -0.5, 'half an hour earlier'],
    ]);
    expect(moves).toMatchObject({
      count: 3,
      firstPublicAt: '2018-05-14T12:00:00Z',
      currentPublicAt: '2018-05-21T20:30:00Z',
      netShiftHours: 176.5,
      totalShiftHours: 177.5,
    });
  });

  it('is empty for an advisory that never moved, and knows where a deleted one was', () => {
    const moves = embargoMovesOf(3, 'XSA-263', [
      row(null, at('2018-05-14T12:00:00Z')),
      row(at('2018-05-14T12:00:00Z'), null),
    ]);
    expect(moves).toMatchObject({ count: 0, netShiftHours: 0, totalShiftHours: 0 });
    expect(moves.currentPublicAt).toBe('2018-05-14T12:00:00Z');
  });
});
