// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeAdvisory, makeRelease, makeSettings, SECRET } from '../testing/planData';
import { timelinePicture, type PictureInput } from './timelinePicture';

const NOW = new Date('2026-12-06T10:00:00Z');

const release = makeRelease('4.21', {
  'feature-freeze': '2026-12-25',
  'code-freeze': '2027-01-15',
  'hard-code-freeze': '2027-01-29',
  release: '2027-02-16',
});

const embargoed = makeAdvisory('XSA-472', '2027-02-17T12:00:00Z', {
  predisclosureAt: '2027-02-08T12:00:00Z',
  affects: ['4.21'],
  followUps: [{ expectedAt: '2027-02-19' }],
});
const published = makeAdvisory('XSA-470', '2026-12-01T12:00:00Z', {
  status: 'public',
  predisclosureAt: '2026-11-17T12:00:00Z',
});

function input(overrides: Partial<PictureInput> = {}): PictureInput {
  return {
    releases: [release],
    advisories: [embargoed, published],
    settings: makeSettings({
      holidays: ['2026-12-25', '2027-01-01'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2027-01-01': 'New Year & <Day>' },
    }),
    references: [
      {
        name: 'Linux',
        events: [{ summary: 'Linux 6.20 merge window', start: '2026-12-20', end: '2027-01-03' }],
      },
    ],
    profile: 'public',
    presenting: false,
    now: NOW,
    ...overrides,
  };
}

/** The picture parsed as the SVG it claims to be; a broken document fails here. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

describe('the timeline picture', () => {
  it('public by default: no embargoed advisory at all, the public one with its title', () => {
    const picture = timelinePicture(input());
    const doc = parse(picture.svg);
    expect(picture.svg).not.toContain('XSA-472');
    expect(picture.svg).toContain(`XSA-470 · ${SECRET} title of XSA-470`);
    expect(picture.svg).not.toContain('notes');
    expect(doc.querySelector('title')?.textContent).toBe(
      'Release and embargo plan, Sun 22 Nov 2026 to Tue 9 Mar 2027',
    );
    expect(picture.notice).toBe('Public: no embargoed advisory is shown.');
  });

  it('pre-disclosure: an embargoed advisory by key and lift only', () => {
    const picture = timelinePicture(input({ profile: 'predisclosure' }));
    parse(picture.svg);
    expect(picture.svg).toContain('>XSA-472<');
    expect(picture.svg).not.toContain(`title of XSA-472`);
    expect(picture.svg).not.toContain('follow-up');
  });

  it('team: everything, and says so; presenting hides embargoed titles again', () => {
    const team = timelinePicture(input({ profile: 'team' }));
    expect(team.svg).toContain(`XSA-472 · ${SECRET} title of XSA-472`);
    expect(team.notice).toMatch(/^TEAM ONLY/);
    const presenting = timelinePicture(input({ profile: 'team', presenting: true }));
    expect(presenting.svg).toContain('>XSA-472<');
    expect(presenting.svg).not.toContain('title of XSA-472');
    expect(presenting.notice).toMatch(/Presenting: embargoed titles are hidden/);
  });

  it('draws holidays by name, reference calendars as their own lane, and escapes text', () => {
    const picture = timelinePicture(input());
    const doc = parse(picture.svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Christmas Day');
    expect(texts).toContain('New Year & <Day>');
    expect(texts).toContain('REFERENCE CALENDARS');
    expect(texts).toContain('Linux');
    expect(texts).toContain('Linux 6.20 merge window');
    expect(picture.svg).toContain('New Year &amp; &lt;Day&gt;');
  });

  it('one release: its span, titled by it; every label inside the picture', () => {
    const picture = timelinePicture(input({ release: '4.21', profile: 'team', width: 1280 }));
    const doc = parse(picture.svg);
    expect(doc.querySelector('title')?.textContent).toMatch(/^Release 4\.21, /);
    expect(picture.width).toBe(1280);
    for (const t of doc.querySelectorAll('text')) {
      const x = Number(t.getAttribute('x'));
      const anchor = t.getAttribute('text-anchor');
      const width = (t.textContent ?? '').length * 6.5;
      if (anchor === 'end') expect(x).toBeLessThanOrEqual(1280);
      else if (anchor !== 'middle') expect(x + width * 0.9).toBeLessThanOrEqual(1280 + 1);
    }
  });
});
