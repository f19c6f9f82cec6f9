import { describe, expect, it } from 'vitest';
import { parseCsv, plannedFromAnnouncement, readXenReleases } from './xenHistory';

describe('reading an announced plan', () => {
  it.each([
    ['2019-03-07', '2019-03-07'],
    ['2019-03-07 (tentative)', '2019-03-07'],
    ['early Jun 2018 (cadence)', '2018-06-05'],
    ['beginning of June 2018', '2018-06-05'],
    ['June 2018', '2018-06-05'],
    ['early Nov 2019', '2019-11-05'],
    ['mid Nov 2023', '2023-11-21'],
    ['late Jul 2024', '2024-07-30'],
    ['end of Dec 2024', '2024-12-31'],
    ['week of 2021-03-12 (tentative)', '2021-03-09'],
    ['week of 2021-12-06 (tentative)', '2021-12-07'],
  ])('%s is %s', (text, day) => {
    expect(plannedFromAnnouncement(text)).toBe(day);
  });

  it('reads nothing from an empty or unknown announcement', () => {
    for (const text of ['', 'TBD', 'when it is ready', '2019-02-30'])
      expect(plannedFromAnnouncement(text)).toBeNull();
  });
});

describe('the releases file', () => {
  it('reads quoted fields and the last release candidate', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
    const [release] = readXenReleases(
      'version,planned_release,actual_release,rc1,last_rc,stable_branch_point,master_reopened\n' +
        '4.17,"mid Nov 2022",2022-12-14,2022-11-01,4.17.0-rc4=2022-12-05,2022-11-29,2022-12-01\n',
    );
    expect(release).toMatchObject({
      version: '4.17',
      planned: '2022-11-15',
      actual: '2022-12-14',
      lastRc: { label: '4.17.0-rc4', date: '2022-12-05' },
      branch: '2022-11-29',
    });
  });
});
