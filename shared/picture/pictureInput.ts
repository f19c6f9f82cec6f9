import type { Advisory } from '../domain/advisory';
import type { IsoDate } from '../domain/dates';
import type { Profile } from '../domain/profile';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';

// What the timeline picture is drawn from.

export interface ReferenceLane {
  name: string;
  events: readonly { summary: string; start: IsoDate; end: IsoDate }[];
}

export interface PictureInput {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
  /** Other projects' calendars, each drawn as a lane of its own. */
  references: readonly ReferenceLane[];
  profile: Profile;
  /** Presentation mode: embargoed titles are left out whatever the profile. */
  presenting: boolean;
  now: Date;
  /** One release's span; else from/to; else the next release to come; else everything. */
  release?: string | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** Pixels; 1600 by default. */
  width?: number;
}
