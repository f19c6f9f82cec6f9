import { describe, expect, it } from 'vitest';
import { advisoriesPerWeek, raceForecast } from './forecast';
import { compareKeys, figure, keyList, percent, plural, sortKeys } from './format';

describe('raceForecast', () => {
  it('turns a year of advisories into a weekly rate', () => {
    expect(advisoriesPerWeek(73)).toBeCloseTo(1.4, 12);
    expect(advisoriesPerWeek(0)).toBe(0);
  });

  it('expects λ·S new advisories and 1 − e^(−λS) of at least one', () => {
    const forecast = raceForecast(1.4, 39);
    expect(forecast.slipWeeks).toBeCloseTo(39 / 7, 12);
    expect(forecast.expectedNewAdvisories).toBeCloseTo(7.8, 12);
    expect(forecast.probabilityAtLeastOne).toBeCloseTo(1 - Math.exp(-7.8), 12);
  });

  it('a slip of nothing, or a quiet year, expects nothing', () => {
    expect(raceForecast(1.4, 0).probabilityAtLeastOne).toBe(0);
    expect(raceForecast(0, 70).expectedNewAdvisories).toBe(0);
  });
});

describe('message wording', () => {
  it('pluralises, rounds and lists keys', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'working day')).toBe('0 working days');
    expect(figure(5.5714)).toBe('5.6');
    expect(figure(2)).toBe('2');
    expect(percent(0.9995)).toBe('>99%');
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0.06)).toBe('6%');
    expect(keyList(['XSA-1'])).toBe('XSA-1');
    expect(keyList(['XSA-1', 'XSA-2'])).toBe('XSA-1 and XSA-2');
    expect(sortKeys(['XSA-10', 'XSA-9', 'QSB-100', 'XSA'])).toEqual([
      'QSB-100',
      'XSA',
      'XSA-9',
      'XSA-10',
    ]);
    expect(['4.10', '4.9', '4.10.1'].sort(compareKeys)).toEqual(['4.9', '4.10', '4.10.1']);
    expect(keyList(['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6', 'A-7'])).toBe(
      'A-1, A-2, A-3, A-4, A-5 and 2 more',
    );
  });
});
