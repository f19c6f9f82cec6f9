import { z } from 'zod';
import { advisory, advisoryKey, advisoryShape } from '../domain/advisory';
import { isoDate } from '../domain/dateSchemas';
import { release, releaseFields, releaseName } from '../domain/releaseSchemas';
import { settings, settingsValues } from '../domain/settings';
import { profile } from '../domain/profileSchema';
import { exportedBundle } from '../exchange/bundle';
import { backupInfo, backupName, restoreReport } from './backups';
import { advisoryDefaults } from '../advisories/defaults';
import { parsedAdvisoryMail } from '../advisories/parseAdvisoryMail';
import {
  changeReason,
  embargoMoves,
  embargoMovesTarget,
  entityHistory,
  historyTarget,
  undoRequest,
  undoResult,
  undoState,
} from '../history/schemas';
import { patchOf } from './patch';
import { HOLIDAY_CHOICES, SETTINGS_CHOICES, settingsDifferences } from '../exchange/settingsMerge';
import {
  holidaysImportInput,
  holidaysImportReport,
  icsExportInput,
  icsExportOutput,
  pictureExportInput,
  pictureExportOutput,
  referenceCalendar,
  referenceImportInput,
  referenceImportReport,
  scheduleMailInput,
  scheduleMailOutput,
} from './calendarSchemas';
import {
  commitBaselineInput,
  createFromTemplateInput,
  templateCreateInput,
  templateDeleteInput,
  templateInfo,
  templateUpdateInput,
} from './planningSchemas';

// Every backend call, declared once. Handlers implement this table, every
// transport (IPC, loopback HTTP, command line) carries it, and the renderer's
// client is typed from it. One block per prefix, in the order the handler
// files (electron/handlers/<prefix>.ts) are assembled.

const id = z.number().int().positive();
const revision = z.number().int().nonnegative();
const nothing = z.object({}).strict();

export const planSnapshot = z.object({
  releases: z.array(release),
  advisories: z.array(advisory),
  settings,
});
export type PlanSnapshot = z.infer<typeof planSnapshot>;

export const importReport = z.object({
  /** What the file was recognised as. */
  format: z.enum(['bundle', 'xsa.json']),
  /** False for a preview, or when anything was refused: import is all-or-nothing. */
  applied: z.boolean(),
  added: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.number().int(),
  refused: z.array(z.object({ where: z.string(), reason: z.string() })),
  /** How the file's settings and holidays differ from ours; null when it carries none. */
  settingsDifferences: settingsDifferences.nullable(),
  /**
   * Records both sides changed since their last exchange (a team bundle
   * against this database's marks), and which side's content is kept.
   */
  conflicts: z.array(z.object({ record: z.string(), kept: z.enum(['ours', 'theirs']) })),
});
export type ImportReport = z.infer<typeof importReport>;

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'plan.get': call(nothing, planSnapshot),
  /**
   * Fills an empty database with a sample: `plan` (default), a release ten
   * weeks out with embargoes in its freeze; `xen-history`, Xen's real record
   * of releases 4.6–4.16 and XSA-1..404 (to mid-2022), for the planner to
   * learn from.
   */
  'plan.loadSample': call(
    z.object({ sample: z.enum(['plan', 'xen-history']).default('plan') }).strict(),
    planSnapshot,
  ),

  'releases.list': call(nothing, z.array(release)),
  'releases.get': call(z.object({ id }), release),
  'releases.create': call(releaseFields, release),
  'releases.update': call(
    z.object({ id, revision }).extend(patchOf(releaseFields.shape).shape),
    release,
  ),
  'releases.delete': call(z.object({ id, revision }), z.object({ id })),
  /** A release with every milestone of a template, counted back from its release date; one undo step. */
  'releases.createFromTemplate': call(createFromTemplateInput, release),
  /** Keeps each milestone's current plan as its baseline, to show later slips against; one undo step. */
  'releases.commitBaseline': call(commitBaselineInput, release),
  /**
   * A point release dated `date`, and the fixes of `advisories` move into it
   * from `from` (they no longer hold it); one undo step. POINT_RELEASE applied.
   */
  'releases.createPointRelease': call(
    z.object({
      from: releaseName,
      name: releaseName,
      date: isoDate,
      advisories: z
        .array(advisoryKey)
        .max(500)
        .refine((keys) => new Set(keys).size === keys.length, {
          message: 'lists an advisory twice',
        }),
      /** Re-plans `from` on this day too (an overdue release kept on its first release day). */
      releaseOn: isoDate.optional(),
      reason: changeReason.optional(),
    }),
    release,
  ),

  'advisories.list': call(nothing, z.array(advisory)),
  'advisories.get': call(z.object({ id }), advisory),
  // The lift/pre-disclosure order is checked by the handler on the merged record.
  'advisories.create': call(advisoryShape, advisory),
  // `reason` is required when publicAt changes (why the embargo moves); stored in the change log.
  'advisories.update': call(
    z
      .object({ id, revision, reason: changeReason.optional() })
      .extend(patchOf(advisoryShape.shape).shape),
    advisory,
  ),
  'advisories.delete': call(z.object({ id, revision }), z.object({ id })),
  /**
   * Marks an embargoed advisory public (one undo step): nothing else does,
   * unless the setting autoPublishAtLift is on. Before its lift only with
   * `beforeLift`.
   */
  'advisories.publish': call(
    z.object({ id, revision, beforeLift: z.boolean().default(false) }),
    advisory,
  ),
  /** A new advisory's fields as the form should start: next key, lift, pre-disclosure, affects. */
  'advisories.defaults': call(nothing, advisoryDefaults),
  /** Reads a pasted Xen advisory mail; lists what it could not read. Writes nothing. */
  'advisories.parsePaste': call(
    z.object({ text: z.string().max(2_000_000, { message: 'is longer than 2 MB' }) }),
    parsedAdvisoryMail,
  ),
  /** Every move of an advisory's lift, with who, when, by how much and why. */
  'advisories.embargoMoves': call(embargoMovesTarget, embargoMoves),

  'settings.get': call(nothing, settings),
  'settings.update': call(settingsValues.partial().extend({ revision }), settings),

  'exchange.import': call(
    z.object({
      content: z.string().max(64 * 1024 * 1024, { message: 'file is larger than 64 MiB' }),
      fileName: z.string().max(4096).default('input'),
      preview: z.boolean().default(false),
      /** The file's settings: keep ours (the default) or take the file's. */
      settings: z.enum(SETTINGS_CHOICES).default('keep'),
      /** The file's holidays: merge them with ours (the default), keep ours, or take the file's. */
      holidays: z.enum(HOLIDAY_CHOICES).default('merge'),
      /** A record both sides changed since their last exchange: keep ours (the default) or take the file's. */
      conflicts: z.enum(['ours', 'theirs']).default('ours'),
    }),
    importReport,
  ),
  /**
   * A bundle under a profile. Saving a team bundle (not a `preview`) records
   * each record's content as its exchange mark; a preview records nothing.
   */
  'exchange.exportBundle': call(
    z.object({ profile: profile.default('public'), preview: z.boolean().default(false) }),
    exportedBundle,
  ),

  /** The shipped templates, then the users' by name. */
  'templates.list': call(nothing, z.array(templateInfo)),
  'templates.create': call(templateCreateInput, templateInfo),
  'templates.update': call(templateUpdateInput, templateInfo),
  'templates.delete': call(templateDeleteInput, z.object({ id })),

  /** A record's changes from the change log, field by field; also of deleted records. */
  'history.get': call(historyTarget, entityHistory),

  'undo.state': call(nothing, undoState),
  'undo.undo': call(undoRequest, undoResult),
  'undo.redo': call(undoRequest, undoResult),

  'calendars.exportIcs': call(icsExportInput, icsExportOutput),
  'calendars.scheduleMail': call(scheduleMailInput, scheduleMailOutput),
  /** The timeline as an SVG picture, under an export profile (public by default). */
  'calendars.exportPicture': call(pictureExportInput, pictureExportOutput),
  'calendars.importHolidays': call(holidaysImportInput, holidaysImportReport),
  'calendars.importReference': call(referenceImportInput, referenceImportReport),
  'calendars.listReferences': call(nothing, z.array(referenceCalendar)),
  'calendars.deleteReference': call(z.object({ id }), z.object({ id })),

  'backups.list': call(nothing, z.array(backupInfo)),
  /** A backup now, kept with the automatic ones (the newest 10 of all kinds are kept). */
  'backups.create': call(nothing, backupInfo),
  /** Replaces the database with a backup, after copying the current file aside. */
  'backups.restore': call(z.object({ name: backupName }), restoreReport),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallInputParsed<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
