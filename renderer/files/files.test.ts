import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName } from './fileNames';
import { formatSize, readTextFile, withoutBom } from './readTextFile';

describe('file names', () => {
  it('keeps an ordinary name', () => {
    expect(safeFileName('embargo-planner-4.11-public.ics')).toBe('embargo-planner-4.11-public.ics');
  });

  it('replaces separators, reserved and control characters', () => {
    expect(safeFileName('a/b\\c:d*e?"f<g>h|i\u0001.txt')).toBe('a_b_c_d_e_f_g_h_i_.txt');
  });

  it('never offers an empty or hidden name', () => {
    expect(safeFileName('  ..  ')).toBe('export.txt');
    expect(safeFileName('.secret')).toBe('secret');
    expect(safeFileName('', 'plan.json')).toBe('plan.json');
  });

  it('reads extensions case-blind, ignoring folders and dotfiles', () => {
    expect(extensionOf('C:\\Users\\rm\\Holidays.ICS')).toBe('ics');
    expect(extensionOf('/tmp/xsa.json')).toBe('json');
    expect(extensionOf('.profile')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});

describe('reading a chosen file', () => {
  it('drops a byte-order mark, which JSON.parse refuses', () => {
    expect(withoutBom('\ufeff{"a":1}')).toBe('{"a":1}');
    expect(withoutBom('{"a":1}')).toBe('{"a":1}');
  });

  it('says sizes as a person reads them', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(830)).toBe('830 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('reads text and refuses a file over the limit before reading it', async () => {
    const file = new File(['\ufeffBEGIN:VCALENDAR'], 'h.ics', { type: 'text/calendar' });
    expect(await readTextFile(file)).toEqual({
      ok: true,
      file: { fileName: 'h.ics', content: 'BEGIN:VCALENDAR', size: file.size },
    });
    const big = await readTextFile(new File(['x'.repeat(2048)], 'big.json'), 1024);
    expect(big).toEqual({
      ok: false,
      message: 'big.json is 2.0 KB; files up to 1.0 KB can be imported.',
    });
  });

  it('refuses bytes that are not UTF-8 at their offset, and UTF-16 by name', async () => {
    const latin1 = new File([Uint8Array.from([0x7b, 0x22, 0x5a, 0xfc, 0x22, 0x7d])], 'z.json');
    expect(await readTextFile(latin1)).toEqual({
      ok: false,
      message:
        'z.json: is not UTF-8 text: byte 3 (line 1) is not part of a UTF-8 character; save it as UTF-8 and try again.',
    });
    const utf16 = new File([Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0x7d, 0])], 'w.json');
    expect(await readTextFile(utf16)).toEqual({
      ok: false,
      message: 'w.json: is UTF-16 (little-endian) text; save it as UTF-8 and try again.',
    });
  });
});
