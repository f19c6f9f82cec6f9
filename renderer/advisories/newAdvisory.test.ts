import { describe, expect, it } from 'vitest';
import type { AdvisoryDefaults } from '../../shared/advisories/defaults';
import { draftFromAdvisory } from './advisoryDraft';
import { withDefaults } from './newAdvisory';

const initial = draftFromAdvisory(null, { defaultTime: '12:00', releases: [] });

const DEFAULTS: AdvisoryDefaults = {
  key: 'XSA-480',
  title: '',
  cves: [],
  status: 'embargoed',
  predisclosureAt: '2026-11-26T12:00:00Z',
  publicAt: '2026-12-10T12:00:00Z',
  affects: ['4.20', '4.21'],
  followUps: [],
  notes: '',
};

describe('withDefaults', () => {
  it('fills a form nobody has typed in', () => {
    expect(withDefaults(initial, initial, DEFAULTS)).toMatchObject({
      key: 'XSA-480',
      predisclosureDate: '2026-11-26',
      predisclosureTime: '12:00',
      publicDate: '2026-12-10',
      publicTime: '12:00',
      affects: ['4.20', '4.21'],
      title: '',
    });
  });

  it('keeps what the user typed before the defaults arrived', () => {
    const typed = { ...initial, key: 'XSA-9', publicDate: '2026-12-24', title: 'Grant copy' };
    expect(withDefaults(typed, initial, DEFAULTS)).toMatchObject({
      key: 'XSA-9',
      publicDate: '2026-12-24',
      publicTime: '12:00',
      predisclosureDate: '2026-11-26',
      title: 'Grant copy',
    });
  });

  it('gives no default lift where a pasted mail left it empty on purpose', () => {
    const pasted = { ...initial, liftUnread: 'the mail says nowhere when the embargo ends' };
    expect(withDefaults(pasted, initial, DEFAULTS)).toMatchObject({
      publicDate: '',
      publicTime: '12:00',
      key: 'XSA-480',
    });
  });

  it('keeps affected releases the user changed, even to none', () => {
    const ticked = { ...initial, affects: [] as string[] };
    const started = { ...initial, affects: ['4.21'] };
    expect(withDefaults(ticked, started, DEFAULTS).affects).toEqual([]);
  });
});
