import { describe, expect, it } from 'vitest';
import { commitBaseline, slipAgainstBaseline } from './baseline';
import { makeRelease } from '../testing/planData';

describe('baselines', () => {
  const release = makeRelease('4.11', [
    { kind: 'feature-freeze', planned: '2018-03-30', actual: '2018-03-30', baseline: '2018-03-30' },
    {
      kind: 'hard-code-freeze',
      planned: '2018-04-20',
      actual: '2018-04-27',
      baseline: '2018-04-13',
    },
    { kind: 'release', planned: '2018-07-10', baseline: '2018-06-01' },
    { kind: 'rc', planned: '2018-06-15' },
  ]);

  it('measures each milestone against its baseline: actual when it happened, else planned', () => {
    expect(
      slipAgainstBaseline(release).map((s) => [s.kind, s.current, s.happened, s.slipDays]),
    ).toEqual([
      ['feature-freeze', '2018-03-30', true, 0],
      ['hard-code-freeze', '2018-04-27', true, 14],
      ['release', '2018-07-10', false, 39],
      ['rc', '2018-06-15', false, null],
    ]);
  });

  it('commits the current plan as the new baseline without touching the input', () => {
    const committed = commitBaseline(release.milestones);
    expect(committed.map((m) => m.baseline)).toEqual([
      '2018-03-30',
      '2018-04-20',
      '2018-07-10',
      '2018-06-15',
    ]);
    expect(committed[1]).toMatchObject({ id: release.milestones[1].id, actual: '2018-04-27' });
    expect(release.milestones[2].baseline).toBe('2018-06-01');
    expect(slipAgainstBaseline({ milestones: committed }).map((s) => s.slipDays)).toEqual([
      0, 7, 0, 0,
    ]);
  });
});
