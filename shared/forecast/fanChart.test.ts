import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../chart/scene';
import type { Advisory } from '../domain/advisory';
import { dayNumber, instantAt, isoDateOf } from '../planning/days';
import { makeAdvisory, makeRelease, SECRET } from '../testing/planData';
import { keyLabelFor } from '../retrospective/exportRetro';
import { fanChart } from './fanChart';
import { forecastRelease } from './forecast';
import { syntheticPlan } from '../testing/syntheticHistory';

const TODAY = '2024-06-04';
const today = dayNumber(TODAY);
const release = makeRelease('2.0', {
  'hard-code-freeze': isoDateOf(today + 40),
  branch: isoDateOf(today + 44),
  release: isoDateOf(today + 58),
});
const embargoes: Advisory[] = ['XSA-9001', 'XSA-9002', 'XSA-9003'].map((key) =>
  makeAdvisory(key, instantAt(today + 55, '12:00'), { affects: ['2.0'] }),
);
const plan = syntheticPlan(today, release, { advisories: embargoes });
const result = forecastRelease(plan, '2.0', TODAY, { runs: 2000 });

describe('the fan chart', () => {
  it('draws a row per policy shown, with its bands, median flag and explanations', () => {
    const scene = fanChart(result, (key) => key);
    const texts = scene.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Wait for all',
        'Cut-off (3 wk)',
        'Ship + point release',
        'Branch and reopen',
      ]),
    );
    const flags = scene.shapes.filter((s) => s.type === 'path' && s.title?.includes('(P50)'));
    expect(flags).toHaveLength(4);
    expect(scene.shapes.some((s) => s.title?.startsWith('Security cut-off'))).toBe(true);
    const only = fanChart(result, (key) => key, ['wait', 'ship']);
    const onlyTexts = only.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(onlyTexts).not.toContain('Cut-off (3 wk)');
    expect(only.height).toBeLessThan(scene.height);
  });

  it('shows a batch of known embargoes as one bar, and follows the export profile', () => {
    const team = sceneToSvg(fanChart(result, keyLabelFor(plan.advisories, 'team')));
    expect(team).toContain('XSA-9001 … XSA-9003 (3)');
    expect(team).toContain(`XSA-9001 ${SECRET} title of XSA-9001`);
    const pre = sceneToSvg(fanChart(result, keyLabelFor(plan.advisories, 'predisclosure')));
    expect(pre).toContain('XSA-9001');
    expect(pre).not.toContain(SECRET);
    const open = sceneToSvg(fanChart(result, keyLabelFor(plan.advisories, 'public')));
    expect(open).not.toContain('XSA-900');
    expect(open).not.toContain('Known embargoes');
  });
});
