// The sample plans offered on first start.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/planning';
import { tempBackend } from '../testing/tempBackend';

describe('sample plan', () => {
  it('loads into an empty database only', () => {
    const backend = tempBackend();
    const plan = backend.ok('plan.loadSample', {});
    expect(plan.releases.map((r) => r.name)).toEqual(['4.20', '4.21']);
    expect(plan.advisories.length).toBeGreaterThan(2);
    expect(backend.fails('plan.loadSample', {}).code).toBe('conflict');
    backend.close();
  });

  it('Xen history: 4.6–4.16 released, every XSA public or withdrawn, and the planner learns from it', () => {
    const backend = tempBackend();
    const plan = backend.ok('plan.loadSample', { sample: 'xen-history' });
    expect(plan.releases.map((r) => r.name)).toEqual([
      '4.6',
      '4.7',
      '4.8',
      '4.9',
      '4.10',
      '4.11',
      '4.12',
      '4.13',
      '4.14',
      '4.15',
      '4.16',
    ]);
    expect(plan.releases.every((r) => r.status === 'released')).toBe(true);
    expect(plan.advisories).toHaveLength(398);
    expect(new Set(plan.advisories.map((a) => a.status))).toEqual(new Set(['public', 'withdrawn']));
    const { evidence } = analyse(plan, '2022-07-01');
    expect(evidence.buffer).toMatchObject({ source: 'history', min: 1, max: 20 });
    expect(evidence.buffer.samples).toHaveLength(8);
    expect(backend.fails('plan.loadSample', { sample: 'xen-history' }).code).toBe('conflict');
    expect(backend.fails('plan.loadSample', { sample: 'xen' }).message).toMatch(/^sample: /);
    backend.close();
  });
});
