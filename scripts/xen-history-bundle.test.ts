import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILE, DEFAULT_DATA, bundleText } from './xen-history-bundle';

// The committed sample must be what the generator makes of the shared data.
// Where the shared data is not beside the repository (a bare clone), there
// is nothing to compare with.
const present = fs.existsSync(path.join(DEFAULT_DATA, 'releases.csv'));

describe('examples/xen-history.bundle.json', () => {
  it.skipIf(!present)('is up to date with the shared data (npm run sample:xen-history)', () => {
    expect(fs.readFileSync(BUNDLE_FILE, 'utf8')).toBe(bundleText(DEFAULT_DATA));
  });
});
