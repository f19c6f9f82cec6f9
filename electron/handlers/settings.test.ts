import { describe, expect, it } from 'vitest';
import { tempBackend } from '../testing/tempBackend';

describe('settings: named holidays', () => {
  it('keeps holidays sorted, once each, with their names', () => {
    const backend = tempBackend();
    const saved = backend.ok('settings.update', {
      revision: 0,
      holidays: ['2026-12-26', '2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': ' Christmas Day ' },
    });
    expect(saved).toMatchObject({
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    backend.close();
  });

  it('drops the name of a holiday that is removed', () => {
    const backend = tempBackend();
    backend.ok('settings.update', {
      revision: 0,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2026-12-26': 'Boxing Day' },
    });
    const saved = backend.ok('settings.update', { revision: 1, holidays: ['2026-12-26'] });
    expect(saved.holidayNames).toEqual({ '2026-12-26': 'Boxing Day' });
    backend.close();
  });

  it('refuses a name for a day that is not a holiday, and a name keyed by a non-date, clearly', () => {
    const backend = tempBackend();
    expect(
      backend.fails('settings.update', {
        revision: 0,
        holidays: ['2026-12-25'],
        holidayNames: { '2026-12-24': 'Christmas Eve' },
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'holidayNames.2026-12-24: names a day that is not in the holidays; add it first',
    });
    const badKey = backend.fails('settings.update', {
      revision: 0,
      holidays: ['2026-12-25'],
      holidayNames: { 'Dec 25': 'Christmas Day' },
    });
    expect(badKey.message).toBe(
      'holidayNames.Dec 25: is not a holiday date: must be a date written YYYY-MM-DD',
    );
    expect(badKey.message).not.toMatch(/Invalid key/);
    expect(
      backend.fails('settings.update', {
        revision: 0,
        holidays: ['2026-12-25'],
        holidayNames: { '2026-12-25': '   ' },
      }).message,
    ).toBe('holidayNames.2026-12-25: must not be empty');
    expect(backend.ok('settings.get', {}).revision).toBe(0);
    backend.close();
  });

  it('saving what is stored writes nothing: no new revision, no undo step', () => {
    const backend = tempBackend();
    backend.ok('settings.update', { revision: 0, warnWindowDays: 10 });
    const again = backend.ok('settings.update', { revision: 1, warnWindowDays: 10 });
    expect(again.revision).toBe(1);
    expect(backend.ok('undo.state', {}).undoCount).toBe(1);
    backend.close();
  });
});

describe('settings: history and undo', () => {
  it('names each change in undo and takes it back', () => {
    const backend = tempBackend();
    backend.ok('settings.update', { revision: 0, warnWindowDays: 21 });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Change warning window');
    backend.ok('settings.update', {
      revision: 1,
      holidays: ['2026-12-25'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Add holiday Christmas Day, 2026-12-25');
    backend.ok('settings.update', {
      revision: 2,
      holidayNames: { '2026-12-25': 'Xmas' },
    });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Rename holiday 2026-12-25 to Xmas');
    backend.ok('settings.update', { revision: 3, holidays: [] });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Remove holiday Xmas, 2026-12-25');
    backend.ok('settings.update', {
      revision: 4,
      releaseBufferWorkingDays: 3,
      embargoWaitPolicy: 'up-to',
      embargoWaitWeeks: 2,
    });
    expect(backend.ok('undo.state', {}).undoLabel).toBe(
      'Change settings (release buffer, wait for embargoes, longest wait)',
    );

    backend.ok('undo.undo', {});
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {})).toMatchObject({
      holidays: ['2026-12-25'],
      holidayNames: { '2026-12-25': 'Xmas' },
      embargoWaitPolicy: 'history',
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {}).holidayNames).toEqual({
      '2026-12-25': 'Christmas Day',
    });

    const history = backend.ok('history.get', { entity: 'settings' });
    const fields = history.entries.flatMap((e) => e.fields.map((f) => f.field));
    expect(fields).toContain('holidays[2026-12-25]');
    expect(fields).toContain('holidayNames[2026-12-25]');
    expect(fields).toContain('warnWindowDays');
    backend.close();
  });
});
