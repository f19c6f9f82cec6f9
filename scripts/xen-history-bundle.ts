// `npm run sample:xen-history [-- DIR]`: turns Xen's public record (the
// shared data's releases.csv and xsas.csv, or DIR holding the same two files)
// into examples/xen-history.bundle.json, the sample the app offers and the
// replay runs on. Its output is committed; a test checks it is up to date.
import fs from 'node:fs';
import path from 'node:path';
import { readXenAdvisories, readXenReleases, xenHistoryBundle } from '../shared/sample/xenHistory';

export const DEFAULT_DATA = path.resolve(__dirname, '../../shared/data/xen-history');
export const BUNDLE_FILE = path.resolve(__dirname, '../examples/xen-history.bundle.json');
/** Fixed, so regenerating the same record gives the same file. */
const EXPORTED_AT = '2022-06-30T00:00:00Z';

export function bundleText(dir: string): string {
  const releases = readXenReleases(fs.readFileSync(path.join(dir, 'releases.csv'), 'utf8'));
  const advisories = readXenAdvisories(fs.readFileSync(path.join(dir, 'xsas.csv'), 'utf8'));
  return `${JSON.stringify(xenHistoryBundle(releases, advisories, EXPORTED_AT), null, 2)}\n`;
}

if (require.main === module) {
  const dir = process.argv[2] ?? DEFAULT_DATA;
  fs.writeFileSync(BUNDLE_FILE, bundleText(dir));
  console.log(`wrote ${path.relative(process.cwd(), BUNDLE_FILE)} from ${dir}`);
}
