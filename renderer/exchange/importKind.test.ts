import { describe, expect, it } from 'vitest';
import { guessImportKind } from './importKind';

const ICS = (name = '') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${name ? `X-WR-CALNAME:${name}\r\n` : ''}BEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;

describe('guessing what a file is', () => {
  it('takes JSON for plan data, bundle or xsa.json alike', () => {
    expect(guessImportKind('bundle.json', '{"format":"embargo-planner/bundle"}')).toBe('plan');
    expect(guessImportKind('xsa.json', '  [{"xsas":[]}]')).toBe('plan');
    expect(guessImportKind('download', '{}')).toBe('plan');
    expect(guessImportKind('empty.json', '')).toBe('plan');
  });

  it('takes a calendar for holidays only when its name says so', () => {
    expect(guessImportKind('de-holidays-2027.ics', ICS())).toBe('holidays');
    expect(guessImportKind('calendar.ics', ICS('Feiertage Berlin'))).toBe('holidays');
    expect(guessImportKind('export.ics', ICS('UK bank holidays'))).toBe('holidays');
    expect(guessImportKind('qemu-releases.ics', ICS('QEMU release schedule'))).toBe('reference');
    expect(guessImportKind('no-extension', ICS())).toBe('reference');
  });

  it('leaves the rest to the user', () => {
    expect(guessImportKind('notes.txt', 'hello')).toBeNull();
  });
});
