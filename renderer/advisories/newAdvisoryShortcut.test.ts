import { describe, expect, it } from 'vitest';
import { isNewAdvisoryKey } from './newAdvisoryShortcut';

const press = (key: string, extra: Partial<Parameters<typeof isNewAdvisoryKey>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  defaultPrevented: false,
  ...extra,
});
const idle = { typing: false, dialogOpen: false };

describe('isNewAdvisoryKey', () => {
  it('takes a bare n where letters mean nothing else', () => {
    expect(isNewAdvisoryKey(press('n'), idle)).toBe(true);
    expect(isNewAdvisoryKey(press('N'), idle)).toBe(true);
  });

  it('leaves typing, dialogs, chords and held keys alone', () => {
    expect(isNewAdvisoryKey(press('n'), { ...idle, typing: true })).toBe(false);
    expect(isNewAdvisoryKey(press('n'), { ...idle, dialogOpen: true })).toBe(false);
    expect(isNewAdvisoryKey(press('n', { ctrlKey: true }), idle)).toBe(false);
    expect(isNewAdvisoryKey(press('n', { repeat: true }), idle)).toBe(false);
    expect(isNewAdvisoryKey(press('n', { defaultPrevented: true }), idle)).toBe(false);
    expect(isNewAdvisoryKey(press('m'), idle)).toBe(false);
  });
});
