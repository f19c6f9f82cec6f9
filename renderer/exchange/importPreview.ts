import type { CallOutput } from '../../shared/contract/calls';
import type { HolidayChoice, SettingsChoice } from '../../shared/exchange/settingsMerge';
import type { Result } from '../../shared/errors/result';
import type { Client } from '../api/client';
import { problemsFromMessage } from '../common/fieldErrors';
import type { TextFile } from '../files/readTextFile';
import { plural } from './exportChoice';
import type { ImportKind } from './importKind';

export type PlanReport = CallOutput<'exchange.import'>;
export type HolidaysReport = CallOutput<'calendars.importHolidays'>;
export type ReferenceReport = CallOutput<'calendars.importReference'>;

/** A report of what an import did, or would do, with the kind that tells its shape. */
export type ImportOutcome =
  | { kind: 'plan'; report: PlanReport }
  | { kind: 'holidays'; report: HolidaysReport }
  | { kind: 'reference'; report: ReferenceReport };

export interface ImportRequest {
  file: TextFile;
  kind: ImportKind;
  preview: boolean;
  /** The reference lane's name; blank leaves it to the calendar. */
  name?: string;
  /** A bundle's settings and holidays: what the user chose (keep theirs, merge holidays by default). */
  choices?: ImportChoices;
}

export interface ImportChoices {
  settings: SettingsChoice;
  holidays: HolidayChoice;
  /** A record both sides changed since the last exchange: keep ours, or take the file's. */
  conflicts: 'ours' | 'theirs';
}

export const DEFAULT_CHOICES: ImportChoices = {
  settings: 'keep',
  holidays: 'merge',
  conflicts: 'ours',
};

/** Sends a file to the call its kind goes to; `preview: true` writes nothing. */
export async function runImport(
  client: Client,
  { file, kind, preview, name, choices = DEFAULT_CHOICES }: ImportRequest,
): Promise<Result<ImportOutcome>> {
  const { fileName, content } = file;
  if (kind === 'plan') {
    const result = await client.call('exchange.import', {
      content,
      fileName,
      preview,
      settings: choices.settings,
      conflicts: choices.conflicts,
      holidays: choices.holidays,
    });
    return result.ok ? { ok: true, value: { kind, report: result.value } } : result;
  }
  if (kind === 'holidays') {
    const result = await client.call('calendars.importHolidays', { content, fileName, preview });
    return result.ok ? { ok: true, value: { kind, report: result.value } } : result;
  }
  const trimmed = name?.trim() ?? '';
  const result = await client.call('calendars.importReference', {
    content,
    fileName,
    preview,
    ...(trimmed === '' ? {} : { name: trimmed }),
  });
  return result.ok ? { ok: true, value: { kind, report: result.value } } : result;
}

/** What the file was read as, in words. */
export function recognisedAs(outcome: ImportOutcome): string {
  if (outcome.kind === 'plan')
    return outcome.report.format === 'bundle' ? 'a planner bundle' : "Xen's xsa.json";
  if (outcome.kind === 'holidays') return 'a holidays calendar';
  return 'a reference calendar';
}

/**
 * Why the Import button is off, or null when it is on. Import is all or
 * nothing: one refused entry keeps the whole file out.
 */
export function importBlocker(outcome: ImportOutcome): string | null {
  if (outcome.kind === 'plan') {
    const { refused, added, changed } = outcome.report;
    if (refused.length > 0)
      return `Nothing can be imported: ${plural(refused.length, 'entry', 'entries')} ${refused.length === 1 ? 'is' : 'are'} refused, and an import is all or nothing. Correct the file and choose it again.`;
    const keptOurs = outcome.report.conflicts.filter((c) => c.kept === 'ours').length;
    if (added.length + changed.length === 0 && keptOurs > 0)
      return `Nothing else to import: the file changes only ${plural(keptOurs, 'record')} you changed too, and you keep yours.`;
    if (added.length + changed.length === 0)
      return outcome.report.settingsDifferences?.settings.length
        ? 'Nothing to import: the plan already has everything in the file, and you keep your settings.'
        : 'Nothing to import: everything in the file is already in the plan.';
    return null;
  }
  if (outcome.kind === 'holidays') {
    if (outcome.report.added.length + outcome.report.named === 0)
      return 'Nothing to import: every holiday in the file is already a holiday.';
    return null;
  }
  return null;
}

/** The confirmation after an import was written, for the notice and the dialog. */
export function importedText(outcome: ImportOutcome, fileName: string): string {
  if (outcome.kind === 'plan') {
    const { added, changed, unchanged } = outcome.report;
    return `Imported ${fileName}: ${added.length} added, ${changed.length} changed, ${unchanged} unchanged.`;
  }
  if (outcome.kind === 'holidays') {
    const { added, holidays } = outcome.report;
    return `Imported ${plural(added.length, 'holiday')} from ${fileName}. The working-day calendar now has ${plural(holidays, 'holiday')}.`;
  }
  const { name, events, replaced } = outcome.report;
  return `${replaced ? 'Replaced' : 'Added'} the reference calendar "${name}" with ${plural(events, 'event')}.`;
}

export interface FileProblem {
  where: string | null;
  text: string;
}

/**
 * A refusal of the whole file ("x.json: advisories[2].publicAt: …; …") as a
 * list of places and reasons, without the file name each message starts with.
 */
export function fileProblems(message: string, fileName: string): FileProblem[] {
  const prefix = `${fileName}: `;
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return problemsFromMessage(rest).map((problem) => ({
    where: problem.path === '' ? null : problem.path,
    text: problem.message,
  }));
}

/** A long list cut to its first items, with how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
