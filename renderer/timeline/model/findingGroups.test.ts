import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/planning';
import { planOf } from '../../../shared/testing/planData';
import { groupFindings, parseGroupId } from './findingGroups';
import { DAY_MS } from '../geometry/scale';
import { RELEASE_421, XSA_472 } from './testPlan';

const findings = analyse(planOf([RELEASE_421], [XSA_472]), '2026-11-25').findings.filter(
  (f) => f.release === '4.21',
);

describe('warning groups', () => {
  it('draws warnings apart when zoomed in and as one glyph with a count when not', () => {
    expect(findings.length).toBeGreaterThan(1);
    const apart = groupFindings(findings, RELEASE_421.id, DAY_MS / 100);
    expect(apart.every((g) => g.findings.length === 1)).toBe(true);
    expect(apart[0].id.startsWith('x')).toBe(true);
    const together = groupFindings(findings, RELEASE_421.id, DAY_MS);
    expect(together).toHaveLength(1);
    expect(together[0].worst).toBe('error');
    expect(parseGroupId(together[0].id)).toMatchObject({ releaseId: RELEASE_421.id });
  });

  it('reads back only its own ids', () => {
    expect(parseGroupId('xEMBARGO_AFTER_RELEASE|4.21|XSA-472||')).toBeNull();
    expect(parseGroupId('xg|3|100|200')).toEqual({ releaseId: 3, t0: 100, t1: 200 });
  });
});
