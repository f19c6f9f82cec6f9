import { describe, expect, it } from 'vitest';
import { milestoneInput } from '../domain/releaseSchemas';
import { WorkingCalendar } from './calendar';
import { dayNumber } from './days';
import { releaseTemplate } from './templateSchemas';
import {
  CUSTOM_TEMPLATE,
  milestonesFromTemplate,
  SHIPPED_TEMPLATES,
  XEN_416_TEMPLATE,
} from './templates';
import { makeSettings } from '../testing/planData';

describe('the Xen 4.16 template', () => {
  it('lays out a Tuesday release with every freeze on a Friday', () => {
    // Tue 10 Jul 2018: −74 Fri 27 Apr, −53 Fri 18 May, −32 Fri 8 Jun,
    // −18 Fri 22 Jun, −14 Tue 26 Jun.
    expect(milestonesFromTemplate(XEN_416_TEMPLATE, '2018-07-10')).toEqual([
      { kind: 'last-posting', planned: '2018-04-27', actual: null, baseline: null, label: null },
      { kind: 'feature-freeze', planned: '2018-05-18', actual: null, baseline: null, label: null },
      { kind: 'code-freeze', planned: '2018-06-08', actual: null, baseline: null, label: null },
      {
        kind: 'hard-code-freeze',
        planned: '2018-06-22',
        actual: null,
        baseline: null,
        label: null,
      },
      { kind: 'branch', planned: '2018-06-26', actual: null, baseline: null, label: null },
      { kind: 'release', planned: '2018-07-10', actual: null, baseline: null, label: null },
    ]);
  });

  it('keeps the half weeks as 10½, 7½, 4½ and 2½ weeks rounded away from the release', () => {
    const offsets = XEN_416_TEMPLATE.milestones.map((m) => m.offsetDays);
    expect(offsets).toEqual([-74, -53, -32, -18, -14, 0]);
    expect(offsets.slice(0, 4).map((d) => -d - 0.5)).toEqual(
      [10.5, 7.5, 4.5, 2.5].map((w) => w * 7),
    );
  });

  it('can move milestones off non-working days, never the release', () => {
    const calendar = new WorkingCalendar(makeSettings());
    // Thu 12 Jul 2018 − 74 days = Sun 29 Apr → back to Fri 27 Apr.
    const thursday = milestonesFromTemplate(XEN_416_TEMPLATE, '2018-07-12', { calendar });
    expect(thursday[0].planned).toBe('2018-04-27');
    // Even a release on a Saturday keeps its date; the freezes move.
    const saturday = milestonesFromTemplate(XEN_416_TEMPLATE, '2018-07-14', { calendar });
    for (const m of saturday.slice(0, -1)) {
      expect(calendar.isWorkingDay(dayNumber(m.planned))).toBe(true);
    }
    expect(saturday.at(-1)?.planned).toBe('2018-07-14');
  });

  it('produces valid milestone inputs', () => {
    for (const m of milestonesFromTemplate(XEN_416_TEMPLATE, '2018-07-10')) {
      expect(milestoneInput.safeParse(m).success).toBe(true);
    }
  });
});

describe('the custom template', () => {
  it('is empty, and still keeps the target date as the release', () => {
    expect(CUSTOM_TEMPLATE.milestones).toEqual([]);
    expect(milestonesFromTemplate(CUSTOM_TEMPLATE, '2018-07-10')).toEqual([
      { kind: 'release', planned: '2018-07-10', actual: null, baseline: null, label: null },
    ]);
  });
});

describe('the template schema', () => {
  it('accepts the shipped templates', () => {
    for (const template of SHIPPED_TEMPLATES)
      expect(releaseTemplate.parse(template)).toEqual(template);
  });

  it('fills defaults and refuses offsets after the release', () => {
    expect(
      releaseTemplate.parse({
        name: ' Mine ',
        milestones: [{ kind: 'code-freeze', offsetDays: -30 }],
      }),
    ).toEqual({
      name: 'Mine',
      milestones: [{ kind: 'code-freeze', label: null, offsetDays: -30 }],
    });
    expect(
      releaseTemplate.safeParse({ name: 'Late', milestones: [{ kind: 'rc', offsetDays: 3 }] })
        .success,
    ).toBe(false);
    expect(
      releaseTemplate.safeParse({ name: 'Half', milestones: [{ kind: 'rc', offsetDays: -3.5 }] })
        .success,
    ).toBe(false);
  });

  it('refuses a date that is not one', () => {
    expect(() => milestonesFromTemplate(XEN_416_TEMPLATE, '2018-02-30')).toThrow(RangeError);
  });
});
