import { describe, expect, it } from 'vitest';
import type { EmbargoMoves } from '../../shared/history/schemas';
import { formatDistance, formatShift, movesBadgeText, movesSummary } from './embargoMovesView';

const moves = (count: number, net: number, total: number): EmbargoMoves => ({
  id: 1,
  key: 'XSA-263',
  firstPublicAt: '2018-05-14T12:00:00Z',
  currentPublicAt: '2018-05-21T12:00:00Z',
  moves: [],
  count,
  netShiftHours: net,
  totalShiftHours: total,
});

describe('formatShift', () => {
  it('speaks in days from a day on, hours below, minutes below an hour', () => {
    expect(formatShift(168)).toBe('+7 d');
    expect(formatShift(-36)).toBe('\u22121.5 d');
    expect(formatShift(3)).toBe('+3 h');
    expect(formatShift(0.5)).toBe('+30 min');
    expect(formatShift(0)).toBe('±0');
    expect(formatDistance(-216)).toBe('9 d');
  });
});

describe('movesBadgeText', () => {
  it('says nothing for a lift that never moved', () => {
    expect(movesBadgeText(moves(0, 0, 0))).toBeNull();
  });

  it('counts the moves and gives the net shift', () => {
    expect(movesBadgeText(moves(2, 168, 216))).toBe('moved 2× · +7 d net');
    expect(movesBadgeText(moves(2, 0, 48))).toBe('moved 2× · ±0 net');
  });
});

describe('movesSummary', () => {
  it('tells where the lift started and how far it went', () => {
    expect(movesSummary(moves(2, 168, 216))).toBe(
      'The lift moved 2 times: +7 d net, 9 d in all, from Mon 14 May 2018 12:00 UTC.',
    );
    expect(movesSummary(moves(1, 168, 168))).toBe(
      'The lift moved once: +7 d net, from Mon 14 May 2018 12:00 UTC.',
    );
    expect(movesSummary(moves(0, 0, 0))).toBe('The lift has not moved since it was entered.');
  });
});
