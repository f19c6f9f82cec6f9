import type { Result } from '../../shared/errors/result';
import type { Client } from '../api/client';
import { bundleFileName, mailFileName, plural, type ExportChoice } from './exportChoice';

/** An export made and ready to show, copy and save. */
export interface PreparedExport {
  choice: ExportChoice;
  fileName: string;
  /** What Save writes. */
  content: string;
  type: string;
  /** A mail's subject line; null for files. */
  subject: string | null;
  /** What the preview shows and Copy copies: the mail's body, else the file. */
  body: string;
  /** "12 events, 1 cancelled": what is in it at a glance. */
  summary: string;
}

function count(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

interface PrepareOptions {
  /**
   * True (the default) to look at it. False when it is saved: the backend
   * then records which events a public calendar carried, so that it later
   * cancels only events people outside were shown.
   */
  preview?: boolean;
  now?: () => Date;
}

/** Asks the backend for the export the choice describes. */
export async function prepareExport(
  client: Client,
  choice: ExportChoice,
  { preview = true, now = () => new Date() }: PrepareOptions = {},
): Promise<Result<PreparedExport>> {
  const { format, profile, release } = choice;
  if (format === 'ics') {
    const result = await client.call('calendars.exportIcs', { profile, release, preview });
    if (!result.ok) return result;
    const { fileName, content, events, cancelled } = result.value;
    return {
      ok: true,
      value: {
        choice,
        fileName,
        content,
        type: 'text/calendar;charset=utf-8',
        subject: null,
        body: content,
        summary: `${plural(events, 'event')}${cancelled > 0 ? `, ${cancelled} cancelled` : ''}`,
      },
    };
  }
  if (format === 'mail') {
    if (release === null)
      return { ok: false, error: { code: 'invalid_input', message: 'Choose a release to mail.' } };
    const result = await client.call('calendars.scheduleMail', { profile, release });
    if (!result.ok) return result;
    const { subject, text } = result.value;
    return {
      ok: true,
      value: {
        choice,
        fileName: mailFileName(release, profile),
        content: `Subject: ${subject}\n\n${text}`,
        type: 'text/plain;charset=utf-8',
        subject,
        body: text,
        summary: plural(text.split('\n').length, 'line'),
      },
    };
  }
  const result = await client.call('exchange.exportBundle', { profile, preview });
  if (!result.ok) return result;
  const bundle = result.value;
  const exportedAt =
    typeof bundle.exportedAt === 'string' ? bundle.exportedAt : now().toISOString();
  const content = `${JSON.stringify(bundle, null, 2)}\n`;
  return {
    ok: true,
    value: {
      choice,
      fileName: bundleFileName(profile, exportedAt),
      content,
      type: 'application/json',
      subject: null,
      body: content,
      summary: `${plural(count(bundle.releases), 'release')}, ${plural(count(bundle.advisories), 'advisory', 'advisories')}`,
    },
  };
}

/** The text the preview box shows: the first lines of a long file, and how many it left out. */
export function previewLines(text: string, maxLines: number): { text: string; hidden: number } {
  // iCalendar lines end in CRLF; a CR shown in a <pre> is a stray space.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return { text: lines.join('\n'), hidden: 0 };
  return { text: lines.slice(0, maxLines).join('\n'), hidden: lines.length - maxLines };
}
