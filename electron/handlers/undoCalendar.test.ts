import { describe, expect, it } from 'vitest';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  type TestBackend,
} from '../testing/tempBackend';

/** UID → [SEQUENCE, STATUS] of every event in a team export, as a calendar client keeps them. */
function events(backend: TestBackend): Map<string, [number, string]> {
  const { content } = backend.ok('calendars.exportIcs', { profile: 'team' });
  const map = new Map<string, [number, string]>();
  for (const block of content.split('BEGIN:VEVENT').slice(1)) {
    const unfolded = block.replace(/\r\n[ \t]/g, '');
    const uid = /\r\nUID:(.*)\r\n/.exec(unfolded)?.[1] ?? '';
    const sequence = Number(/\r\nSEQUENCE:(\d+)/.exec(unfolded)?.[1] ?? 0);
    const status = /\r\nSTATUS:(\w+)/.exec(unfolded)?.[1] ?? 'CONFIRMED';
    map.set(uid, [sequence, status]);
  }
  return map;
}

describe('undo of a delete, seen by a subscribed calendar', () => {
  it('brings back the same events (same UIDs) with a higher SEQUENCE than their cancellation', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    const advisory = backend.ok('advisories.create', {
      ...sampleAdvisory,
      status: 'embargoed' as const,
      predisclosureAt: '2026-12-01T12:00:00Z',
      publicAt: '2026-12-15T12:00:00Z',
      followUps: [{ summary: 'fix-up', expectedAt: '2026-12-20' }],
    });
    const before = events(backend);
    expect(before.size).toBeGreaterThanOrEqual(5);

    backend.ok('advisories.delete', { id: advisory.id, revision: advisory.revision });
    backend.ok('releases.delete', { id: release.id, revision: release.revision });
    const cancelled = events(backend);
    for (const [uid, [sequence]] of before)
      expect(cancelled.get(uid)).toEqual([sequence + 1, 'CANCELLED']);

    backend.ok('undo.undo', {});
    backend.ok('undo.undo', {});
    const restored = events(backend);
    expect([...restored.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, [sequence, status]] of restored) {
      expect(status).not.toBe('CANCELLED');
      expect(sequence).toBeGreaterThan(cancelled.get(uid)![0]);
    }
    backend.close();
  });
});
