// Bundle import of settings and holidays: never replaced silently, each difference listed.
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/importText';
import { tempBackend } from '../testing/tempBackend';

describe('bundle import: settings and holidays', () => {
  const file = (settings: Record<string, unknown>) =>
    JSON.stringify({ format: 'embargo-planner/bundle', version: 1, settings });

  function ours() {
    const backend = tempBackend();
    backend.ok('settings.update', {
      revision: 0,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    return backend;
  }

  const theirs = file({
    warnWindowDays: 21,
    autoPublishAtLift: true,
    holidays: ['2026-12-25', '2027-04-02'],
    holidayNames: { '2027-04-02': 'Good Friday' },
  });

  it('never replaces settings silently: by default keeps ours, merges holidays, and lists every difference', () => {
    const backend = ours();
    const preview = importText(backend, theirs, true);
    expect(preview.settingsDifferences).toEqual({
      settings: [
        { field: 'warnWindowDays', label: 'Warning window', ours: '14 days', theirs: '21 days' },
        {
          field: 'autoPublishAtLift',
          label: 'Make advisories public at their lift time',
          ours: 'off',
          theirs: 'on',
        },
      ],
      holidays: {
        theirsOnly: [{ date: '2027-04-02', name: 'Good Friday' }],
        oursOnly: [{ date: '2026-12-26', name: 'Holiday' }],
        renamed: [],
      },
      settingsChoice: 'keep',
      holidayChoice: 'merge',
    });
    expect(preview.changed).toEqual(['settings']);
    importText(backend, theirs);
    expect(backend.ok('settings.get', {})).toMatchObject({
      warnWindowDays: 14,
      autoPublishAtLift: false,
      holidays: ['2026-12-25', '2026-12-26', '2027-04-02'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2027-04-02': 'Good Friday' },
    });
    backend.close();
  });

  it("takes the file's settings, or keeps our holidays, when the user chooses so", () => {
    const backend = ours();
    const report = backend.ok('exchange.import', {
      content: theirs,
      fileName: 'team.json',
      settings: 'take',
      holidays: 'keep',
    });
    expect(report).toMatchObject({ applied: true, changed: ['settings'] });
    expect(backend.ok('settings.get', {})).toMatchObject({
      warnWindowDays: 21,
      autoPublishAtLift: true,
      holidays: ['2026-12-25', '2026-12-26'],
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {})).toMatchObject({ warnWindowDays: 14 });
    backend.close();
  });

  it('reports nothing to change when keeping ours and the holidays are all known', () => {
    const backend = ours();
    const same = file({ warnWindowDays: 21, holidays: ['2026-12-25'] });
    const report = importText(backend, same, true);
    expect(report.changed).toEqual([]);
    expect(report.settingsDifferences?.settings).toHaveLength(1);
    expect(report.settingsDifferences?.holidays.oursOnly).toEqual([
      { date: '2026-12-26', name: 'Holiday' },
    ]);
    backend.close();
  });
});
