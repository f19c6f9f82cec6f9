import type { ParsedAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import {
  namesVersions,
  rangeText,
  releasesInRanges,
} from '../../shared/advisories/vulnerableVersions';
import { formatInstantUtc } from '../common/dates';
import { STATUS_TEXT } from './StatusBadge';
import type { AdvisoryDraft } from './advisoryDraft';

type MailField = ParsedAdvisoryMail['missing'][number]['field'];

/** The mail's parts by the names the form (or the mail) gives them. */
export const MAIL_FIELD_LABELS: Record<MailField, string> = {
  key: 'Key',
  cves: 'CVEs',
  title: 'Title',
  version: 'Version',
  publicAt: 'Embargo lift',
  predisclosureAt: 'Pre-disclosure',
  sentAt: 'Date sent',
  affects: 'Affected releases',
  notes: 'Notes',
};

export interface MailFill {
  draft: AdvisoryDraft;
  /** What the mail is: "XSA-480, version 2"; null when it names no advisory. */
  read: string | null;
  /** The fields put into the form, by their labels, for the user to check. */
  filled: string[];
  /** Where the lift and the affected releases were read, in the mail's words. */
  sources: { label: string; text: string }[];
  /** What the mail did not tell, with why; those fields keep what the form had. */
  missing: { label: string; reason: string }[];
  warnings: string[];
}

export interface FillContext {
  /** Every release in the plan, by name: VULNERABLE SYSTEMS is matched against them. */
  releases: readonly string[];
  /**
   * The lift stored for the advisory being edited, or null for a new one. A
   * mail that gives no lift leaves a stored lift alone; a new advisory's
   * default lift is a guess, and is cleared so that it must be entered.
   */
  recordedLift: string | null;
}

const dateOf = (instant: string) => instant.slice(0, 10);
const timeOf = (instant: string) => instant.slice(11, 16);

/**
 * A pasted mail's findings put into the form. What the mail said replaces
 * what the form had; a lift it did not say leaves the lift empty and marked
 * (a default lift would be saved as a guess); follow-ups and everything it
 * did not say stay for the user to confirm.
 */
export function fillFromMail(
  draft: AdvisoryDraft,
  mail: ParsedAdvisoryMail,
  context: FillContext,
): MailFill {
  const next = { ...draft };
  const filled: string[] = [];
  const sources: MailFill['sources'] = [];
  const warnings = [...mail.warnings];
  if (mail.key !== null) {
    next.key = mail.key;
    filled.push('Key');
  }
  if (mail.cves.length > 0) {
    next.cves = mail.cves.join(', ');
    filled.push('CVEs');
  }
  if (mail.title !== null) {
    next.title = mail.title;
    filled.push('Title');
  }
  if (mail.status !== null) {
    next.status = mail.status;
    filled.push(`Status (${STATUS_TEXT[mail.status].toLowerCase()})`);
  }
  if (mail.predisclosureAt !== null) {
    next.predisclosureDate = dateOf(mail.predisclosureAt);
    next.predisclosureTime = timeOf(mail.predisclosureAt);
    filled.push('Pre-disclosure');
  }

  const unread = mail.missing.find((m) => m.field === 'publicAt')?.reason ?? null;
  if (mail.publicAt !== null) {
    next.publicDate = dateOf(mail.publicAt);
    next.publicTime = timeOf(mail.publicAt);
    next.liftUnread = null;
    filled.push('Embargo lift');
    sources.push({
      label: 'Embargo lift',
      text: `${formatInstantUtc(mail.publicAt)}, from “${mail.liftPhrase ?? `the mail's Date header (a public release)`}”`,
    });
    // A public release pasted into a new form: the default pre-disclosure
    // (weeks ahead) would come after the lift, and the save be refused.
    const pre = `${next.predisclosureDate.trim()}T${next.predisclosureTime.trim()}:00Z`;
    if (
      mail.predisclosureAt === null &&
      next.predisclosureDate.trim() !== '' &&
      pre > mail.publicAt
    ) {
      warnings.push(
        `Cleared the pre-disclosure date ${next.predisclosureDate.trim()}: it came after the mail's lift.`,
      );
      next.predisclosureDate = '';
    }
  } else if (context.recordedLift !== null && liftIs(draft, context.recordedLift)) {
    warnings.push(
      `The mail does not say when the embargo lifts; kept the recorded lift, ${formatInstantUtc(context.recordedLift)}.`,
    );
  } else {
    // Never a guess: the form's default is not what the mail says.
    next.publicDate = mail.liftDay ?? '';
    if (mail.liftDay !== null) {
      next.publicTime = '';
      filled.push('Embargo lift day');
    }
    next.liftUnread = unread ?? 'the mail does not say when the embargo lifts';
  }

  if (mail.vulnerable !== null) {
    const said = mail.vulnerable.ranges.map(rangeText).join(', ');
    if (namesVersions(context.releases)) {
      next.affects = releasesInRanges(mail.vulnerable.ranges, context.releases);
      filled.push('Affected releases');
      sources.push({
        label: 'Affected releases',
        text: `${next.affects.length > 0 ? next.affects.join(', ') : 'none in the plan'}, from “${mail.vulnerable.sentences.join(' ')}”`,
      });
      if (next.affects.length === 0)
        warnings.push(
          `The mail names Xen ${said} as vulnerable; no release in the plan is one of those.`,
        );
    } else {
      warnings.push(
        `The mail names Xen ${said} as vulnerable, but no release in the plan is named by a version: tick the affected releases.`,
      );
    }
  }

  if (mail.notes !== null) {
    if (draft.notes.trim() === '') {
      next.notes = mail.notes;
      filled.push('Notes (description and impact)');
    } else if (draft.notes !== mail.notes) {
      warnings.push('Notes already had text: the mail’s description and impact were not added.');
    }
  }

  const version = mail.version === null ? '' : `, version ${mail.version}`;
  return {
    draft: next,
    read: mail.key === null ? null : `${mail.key}${version}`,
    filled,
    sources,
    missing: mail.missing.map(({ field, reason }) => ({ label: MAIL_FIELD_LABELS[field], reason })),
    warnings: warnings.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  };
}

function liftIs(draft: AdvisoryDraft, instant: string): boolean {
  return draft.publicDate.trim() === dateOf(instant) && draft.publicTime.trim() === timeOf(instant);
}
