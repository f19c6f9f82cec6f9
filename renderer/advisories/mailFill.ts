import type { ParsedAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
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
  /** What the mail did not tell, with why; those fields keep what the form had. */
  missing: { label: string; reason: string }[];
  warnings: string[];
}

const dateOf = (instant: string) => instant.slice(0, 10);
const timeOf = (instant: string) => instant.slice(11, 16);

/**
 * A pasted mail's findings put into the form. Only what the mail said
 * changes; everything else (affected releases, notes, follow-ups, and the
 * defaults of what it did not say) stays for the user to confirm.
 */
export function fillFromMail(draft: AdvisoryDraft, mail: ParsedAdvisoryMail): MailFill {
  const next = { ...draft };
  const filled: string[] = [];
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
  const warnings = [...mail.warnings];
  if (mail.publicAt !== null) {
    next.publicDate = dateOf(mail.publicAt);
    next.publicTime = timeOf(mail.publicAt);
    filled.push('Embargo lift');
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
  }
  const version = mail.version === null ? '' : `, version ${mail.version}`;
  return {
    draft: next,
    read: mail.key === null ? null : `${mail.key}${version}`,
    filled,
    missing: mail.missing.map(({ field, reason }) => ({ label: MAIL_FIELD_LABELS[field], reason })),
    warnings: warnings.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  };
}
