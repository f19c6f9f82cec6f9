import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  advisoryShown,
  DEFAULT_FILTERS,
  searchMatches,
  showsAllAdvisories,
} from './filters';
import { NOW, XSA_470, XSA_472 } from './testPlan';

describe('filters and search', () => {
  it('finds advisories by key, CVE or title, whatever the case', () => {
    expect(searchMatches(XSA_472, 'xsa-47', NOW, false)).toBe(true);
    expect(searchMatches(XSA_472, 'cve-2018-3639', NOW, false)).toBe(true);
    expect(searchMatches(XSA_472, 'title of', NOW, false)).toBe(true);
    expect(searchMatches(XSA_472, 'nothing like it', NOW, false)).toBe(false);
  });

  it('does not search what presentation mode hides', () => {
    expect(searchMatches(XSA_472, 'title of', NOW, true)).toBe(false);
    expect(searchMatches(XSA_472, 'XSA-472', NOW, true)).toBe(true);
    // Public advisories keep their title searchable.
    expect(searchMatches(XSA_470, 'title of', NOW, true)).toBe(true);
  });

  it('filters by status and by the release an advisory affects', () => {
    const onlyPublic = {
      ...DEFAULT_FILTERS,
      statuses: { embargoed: false, public: true, withdrawn: true },
    };
    expect(advisoryShown(XSA_472, 'embargoed', onlyPublic, NOW, false)).toBe(false);
    expect(advisoryShown(XSA_470, 'public', onlyPublic, NOW, false)).toBe(true);
    const release = { ...DEFAULT_FILTERS, release: '4.21' };
    expect(advisoryShown(XSA_472, 'embargoed', release, NOW, false)).toBe(true);
    expect(advisoryShown(XSA_470, 'public', release, NOW, false)).toBe(false);
  });

  it('counts the filters in use', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(showsAllAdvisories(DEFAULT_FILTERS)).toBe(true);
    const narrowed = {
      ...DEFAULT_FILTERS,
      search: 'x',
      severities: { error: true, warning: false, info: true },
    };
    expect(activeFilterCount(narrowed)).toBe(2);
    expect(showsAllAdvisories(narrowed)).toBe(false);
  });
});
