import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { dispatch, dispatchAsync, type Handlers } from './dispatch';

// The client casts each answer to its call's output type; with checkOutputs
// on (tests, development) an answer that does not match is refused, so that
// cast is earned.

const goodSettings = { ...DEFAULT_SETTINGS, revision: 3 };
const EMBARGOED = 'Hypervisor escape in the unreleased scheduler';

/** A handler table with one call answered wrongly: an advisory whose publicAt is missing. */
const handlers = {
  'settings.get': () => goodSettings,
  'advisories.list': () => [
    {
      id: 1,
      revision: 0,
      key: 'XSA-900',
      title: EMBARGOED,
      cves: [],
      status: 'embargoed',
      predisclosureAt: null,
      affects: [],
      followUps: [],
      notes: '',
    },
  ],
} as unknown as Handlers;

describe('dispatch with checkOutputs', () => {
  it('passes an answer that matches the contract through unchanged', () => {
    const result = dispatch(handlers, 'settings.get', {}, () => undefined, { checkOutputs: true });
    expect(result).toEqual({ ok: true, value: goodSettings });
    if (result.ok) expect(result.value).toBe(goodSettings);
  });

  it('refuses an answer that does not, and logs where without the data', () => {
    const logged: string[] = [];
    const result = dispatch(handlers, 'advisories.list', {}, (line) => logged.push(line), {
      checkOutputs: true,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Internal error; see the log.' },
    });
    expect(logged).toEqual([
      'internal error: the answer to advisories.list does not match the contract at [0].publicAt (invalid_type)',
    ]);
    expect(logged.join('\n')).not.toContain('XSA-900');
    expect(logged.join('\n')).not.toContain(EMBARGOED);
  });

  it('checks asynchronous answers too', async () => {
    const later = {
      'advisories.list': async () => (handlers['advisories.list'] as () => unknown)(),
    } as unknown as Parameters<typeof dispatchAsync>[1];
    const result = await dispatchAsync(handlers, later, 'advisories.list', {}, () => undefined, {
      checkOutputs: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('does not check when off, as in the shipped app', () => {
    const result = dispatch(handlers, 'advisories.list', {}, () => undefined);
    expect(result.ok).toBe(true);
  });
});
