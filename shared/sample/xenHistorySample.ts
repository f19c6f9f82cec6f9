import history from '../../examples/xen-history.bundle.json';
import { recordsFromBundle, type XenAdvisoryRecord, type XenReleaseRecord } from './xenHistory';

// Xen's record to mid-2022 as the app ships it: the bundle generated from the
// shared data (scripts/xen-history-bundle.ts). Only the backend and tests
// import this: it is 140 kB the renderer's first screen does not need.

/** The sample as a bundle file's text, for the importer. */
export function xenHistorySampleText(): string {
  return JSON.stringify(history);
}

export function xenHistoryRecords(): {
  releases: XenReleaseRecord[];
  advisories: XenAdvisoryRecord[];
} {
  return recordsFromBundle(history);
}
