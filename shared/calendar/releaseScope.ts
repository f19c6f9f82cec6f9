import type { BundleJson } from '../exchange/bundle';
import type { Profile } from '../domain/profile';

/** An advisory as redactAdvisory lets it leave the machine. */
export type SharedAdvisory = BundleJson['advisories'][number];

/**
 * Whether a shared advisory belongs in one release's calendar or mail. The
 * pre-disclosure profile withholds what an embargo affects, so choosing by
 * release would reveal it; there every embargo it shows (key and lift only)
 * belongs to every release.
 */
export function concernsRelease(shown: SharedAdvisory, release: string, profile: Profile): boolean {
  if (profile === 'predisclosure' && shown.status === 'embargoed') return true;
  return shown.affects.includes(release);
}
