import type { Advisory } from '../domain/advisory';
import { redactAdvisory } from '../exchange/exportBundle';
import type { PictureInput } from './pictureInput';

// What of each advisory the picture may hold: the export profile's redaction,
// then presentation mode's. Everything after this (the findings too) sees only
// what is returned here, so no hidden advisory can move a mark or a finding.

export interface Drawn {
  /** The advisory as the profile lets it out: redacted title, CVEs and follow-ups, no notes. */
  advisory: Advisory;
  status: Advisory['status'];
  /** The title to write after the key; '' when none may be shown. */
  title: string;
}

export function drawnAdvisories(input: PictureInput): Drawn[] {
  const drawn: Drawn[] = [];
  for (const advisory of input.advisories) {
    const shown = redactAdvisory(advisory, input.profile, input.now);
    if (!shown) continue;
    const hideTitle = shown.status === 'embargoed' && input.presenting;
    drawn.push({
      advisory: {
        ...advisory,
        title: shown.title,
        cves: shown.cves,
        status: shown.status,
        predisclosureAt: shown.predisclosureAt,
        affects: shown.affects,
        notes: '',
        followUps: advisory.followUps.filter((f) =>
          shown.followUps.some((s) => s.summary === f.summary && s.expectedAt === f.expectedAt),
        ),
      },
      status: shown.status,
      title: hideTitle ? '' : shown.title,
    });
  }
  return drawn;
}
