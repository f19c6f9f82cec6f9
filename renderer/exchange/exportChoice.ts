import type { Advisory } from '../../shared/domain/advisory';
import { isReleased, type Release } from '../../shared/domain/release';
import type { Profile } from '../../shared/domain/profile';

export type ExportFormat = 'ics' | 'mail' | 'bundle';

export interface ExportChoice {
  format: ExportFormat;
  /** One release by name, or null for the whole plan. */
  release: string | null;
  profile: Profile;
}

export interface FormatOption {
  id: ExportFormat;
  label: string;
  hint: string;
}

export const EXPORT_FORMATS: readonly FormatOption[] = [
  {
    id: 'ics',
    label: 'Calendar (.ics)',
    hint: 'For calendar apps. Subscribers see moved dates update and removed ones cancelled.',
  },
  {
    id: 'mail',
    label: 'Schedule mail',
    hint: "One release's schedule as plain text, to paste into a mail to the developers' list.",
  },
  {
    id: 'bundle',
    label: 'Bundle (.json)',
    hint: 'The plan as data, for another planner to import, or as a backup.',
  },
];

/** Which scopes a format can have: a mail is always about one release, a bundle about the plan. */
export function scopesOf(format: ExportFormat): { plan: boolean; release: boolean } {
  if (format === 'mail') return { plan: false, release: true };
  if (format === 'bundle') return { plan: true, release: false };
  return { plan: true, release: true };
}

/** The release a mail is most likely about: the next one not yet released, else the last listed. */
export function defaultRelease(releases: readonly Release[]): string | null {
  const next = releases.find((release) => !isReleased(release));
  return (next ?? releases[releases.length - 1])?.name ?? null;
}

/**
 * The choice made consistent with the format and the releases there are: a
 * mail gets a release, a bundle the whole plan, a release that was deleted
 * meanwhile falls back to the default.
 */
export function settleChoice(choice: ExportChoice, releases: readonly Release[]): ExportChoice {
  const scopes = scopesOf(choice.format);
  const known = choice.release !== null && releases.some((r) => r.name === choice.release);
  let release = known ? choice.release : null;
  if (!scopes.plan && release === null) release = defaultRelease(releases);
  if (!scopes.release) release = null;
  return release === choice.release ? choice : { ...choice, release };
}

/** What the save button says: a team export names what it carries. */
export function saveLabel(choice: ExportChoice): string {
  if (choice.profile === 'team') return 'Save with embargoed details';
  if (choice.format === 'ics') return 'Save calendar';
  if (choice.format === 'mail') return 'Save mail as text';
  return 'Save bundle';
}

/**
 * The advisories under embargo that an export of this scope could carry:
 * all of them for the plan, those affecting the release for one release.
 * One whose lift passed counts until someone marks it public.
 */
export function embargoedInScope(
  advisories: readonly Advisory[],
  release: string | null,
): string[] {
  return advisories
    .filter((a) => a.status === 'embargoed')
    .filter((a) => release === null || a.affects.includes(release))
    .map((a) => a.key);
}

/** "XSA-300, XSA-301 and 3 more". */
export function listKeys(keys: readonly string[], shown = 6): string {
  if (keys.length <= shown) {
    if (keys.length <= 1) return keys.join('');
    return `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
  }
  return `${keys.slice(0, shown).join(', ')} and ${keys.length - shown} more`;
}

/** The default name of a bundle file, dated so that backups do not overwrite each other. */
export function bundleFileName(profile: Profile, exportedAt: string): string {
  return `embargo-planner-plan-${profile}-${exportedAt.slice(0, 10)}.json`;
}

export function mailFileName(release: string, profile: Profile): string {
  return `embargo-planner-${release}-schedule-${profile}.txt`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
