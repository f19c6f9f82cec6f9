import { describe, expect, it } from 'vitest';
import { FINDING_SEVERITY } from './types';
import { FINDING_TITLE, SEVERITY_WORD, severityCount, severitySummary } from './vocabulary';

describe('the words for findings', () => {
  it('counts each severity in its own word, a note for info', () => {
    expect(severityCount('error', 1)).toBe('1 error');
    expect(severityCount('warning', 0)).toBe('0 warnings');
    expect(severityCount('info', 2)).toBe('2 notes');
    expect(SEVERITY_WORD.info).toBe('Note');
  });

  it('sums findings up worst first, and says nothing for none', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ severity });
    expect(severitySummary([f('info'), f('error'), f('info'), f('warning'), f('error')])).toBe(
      '2 errors, 1 warning, 2 notes',
    );
    expect(severitySummary([f('info')])).toBe('1 note');
    expect(severitySummary([])).toBe('');
    expect(severitySummary(undefined)).toBe('');
  });

  it('titles every finding code in words, never twice the same', () => {
    const codes = Object.keys(FINDING_SEVERITY);
    expect(Object.keys(FINDING_TITLE).sort()).toEqual(codes.sort());
    expect(new Set(Object.values(FINDING_TITLE)).size).toBe(codes.length);
  });
});
