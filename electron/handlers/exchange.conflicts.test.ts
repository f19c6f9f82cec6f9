// A team bundle exchanged back and forth: records both sides changed since the last exchange.
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/importText';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  type TestBackend,
} from '../testing/tempBackend';

describe('a team bundle exchanged back and forth', () => {
  /** The security team and the release manager, each with a database of their own. */
  function twoSides() {
    const security = tempBackend();
    const manager = tempBackend();
    security.ok('releases.create', sampleRelease);
    security.ok('advisories.create', { ...sampleAdvisory, status: 'embargoed' });
    security.ok('advisories.create', {
      ...sampleAdvisory,
      key: 'XSA-264',
      status: 'embargoed',
      publicAt: '2018-06-27T12:00:00Z',
    });
    const first = security.ok('exchange.exportBundle', { profile: 'team' });
    expect(importText(manager, JSON.stringify(first)).applied).toBe(true);
    const advisory = (backend: TestBackend, key: string) =>
      backend.ok('advisories.list', {}).find((a) => a.key === key)!;
    return { security, manager, advisory };
  }

  it('shows a record both sides changed since the last exchange, and keeps ours unless asked', () => {
    const { security, manager, advisory } = twoSides();
    // The manager notes something; the security team moves the same embargo.
    const mine = advisory(manager, 'XSA-263');
    manager.ok('advisories.update', { id: mine.id, revision: mine.revision, notes: 'RM: tracked' });
    const theirs = advisory(security, 'XSA-263');
    security.ok('advisories.update', {
      id: theirs.id,
      revision: theirs.revision,
      publicAt: '2018-05-28T12:00:00Z',
      reason: 'discoverer asked for a week',
    });
    // Only the security team changed XSA-264.
    const other = advisory(security, 'XSA-264');
    security.ok('advisories.update', { id: other.id, revision: other.revision, title: 'Fix' });
    const second = JSON.stringify(security.ok('exchange.exportBundle', { profile: 'team' }));

    const preview = manager.ok('exchange.import', { content: second, preview: true });
    expect(preview.conflicts).toEqual([{ record: 'XSA-263', kept: 'ours' }]);
    expect(preview.changed).toEqual(['XSA-264']);

    const kept = manager.ok('exchange.import', { content: second });
    expect(kept).toMatchObject({ applied: true, conflicts: [{ record: 'XSA-263', kept: 'ours' }] });
    expect(advisory(manager, 'XSA-263')).toMatchObject({
      notes: 'RM: tracked',
      publicAt: '2018-05-21T12:00:00Z',
    });
    expect(advisory(manager, 'XSA-264').title).toBe('Fix');

    // Asked to take the file's: the conflict is named again, and theirs wins.
    const taken = manager.ok('exchange.import', { content: second, conflicts: 'theirs' });
    expect(taken.conflicts).toEqual([{ record: 'XSA-263', kept: 'theirs' }]);
    expect(advisory(manager, 'XSA-263').publicAt).toBe('2018-05-28T12:00:00Z');
    security.close();
    manager.close();
  });

  it('finds no conflict where only one side changed, nor in a preview export or a redacted bundle', () => {
    const { security, manager, advisory } = twoSides();
    const theirs = advisory(security, 'XSA-263');
    security.ok('advisories.update', { id: theirs.id, revision: theirs.revision, title: 'New' });
    // A preview does not move the security team's marks.
    security.ok('exchange.exportBundle', { profile: 'team', preview: true });
    const second = JSON.stringify(security.ok('exchange.exportBundle', { profile: 'team' }));
    expect(manager.ok('exchange.import', { content: second, preview: true })).toMatchObject({
      conflicts: [],
      changed: ['XSA-263'],
    });
    // A public bundle carries no marks at all.
    const pub = security.ok('exchange.exportBundle', { profile: 'public' }) as {
      releases: object[];
    };
    expect(pub.releases.every((r) => !('base' in r))).toBe(true);
    security.close();
    manager.close();
  });

  it('refuses a malformed mark, naming where it is', () => {
    const backend = tempBackend();
    const bundle = {
      format: 'embargo-planner/bundle',
      version: 1,
      profile: 'team',
      releases: [{ name: '4.11', base: 'not-hex' }],
      advisories: [],
    };
    expect(backend.fails('exchange.import', { content: JSON.stringify(bundle) }).message).toMatch(
      /releases\[0\]\.base: must be 16 hex digits/,
    );
    backend.close();
  });
});
