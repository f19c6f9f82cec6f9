import { deflateSync } from 'node:zlib';
import { exportIcs } from '../../shared/calendar/icsExport';
import { mergeHolidays } from '../../shared/calendar/holidaysFromIcs';
import { readIcs, type IcsContent, type IcsReadOptions } from '../../shared/calendar/icsRead';
import { referenceEvents, referenceName } from '../../shared/calendar/referenceFromIcs';
import type { CallInputParsed, CallOutput } from '../../shared/contract/calls';
import type { AsyncHandlers } from '../../shared/contract/dispatch';
import { PlannerError } from '../../shared/errors/result';
import { addCalendarDays, utcToday } from '../../shared/domain/dates';
import { PROFILE_DESCRIPTIONS } from '../../shared/domain/profile';
import { scheduleMail } from '../../shared/exchange/scheduleMail';
import { picturePng } from '../../shared/picture/picturePng';
import { timelinePicture } from '../../shared/picture/timelinePicture';
import {
  readCalendarIdentities,
  readPublicCalendarUids,
  readTombstones,
  recordPublicCalendarUids,
} from '../store/calendarIdentityTable';
import {
  deleteReferenceCalendar,
  findReferenceCalendarId,
  readReferenceCalendars,
  writeReferenceCalendar,
} from '../store/referenceCalendarsTable';
import { readSettings } from '../store/settingsTable';
import { writeTransaction, type HandlerContext } from './context';
import { readPlan } from './exchange';
import { storeSettings } from './settings';

/** Recurring events in an imported calendar are expanded this far ahead. */
const EXPAND_YEARS = 5;

function expandUntil(now: Date): string {
  return addCalendarDays(utcToday(now), EXPAND_YEARS * 366);
}

function findRelease(ctx: HandlerContext, name: string) {
  const plan = readPlan(ctx);
  const release = plan.releases.find((r) => r.name === name);
  if (!release) throw new PlannerError('not_found', `release: no release named ${name}`);
  return { plan, release };
}

function exportCalendar(
  ctx: HandlerContext,
  { profile, release, preview }: CallInputParsed<'calendars.exportIcs'>,
): CallOutput<'calendars.exportIcs'> {
  const now = ctx.now();
  // One transaction, so the plan, its identities, tombstones and what public
  // exports carried agree, and a public export is recorded with what it read.
  // The record is no change to the plan: no undo step, no change log.
  return ctx.db.transaction(() => {
    const plan = release === null ? readPlan(ctx) : findRelease(ctx, release).plan;
    const { uids, ...exported } = exportIcs(
      {
        releases: plan.releases,
        advisories: plan.advisories,
        identities: readCalendarIdentities(ctx.db),
        tombstones: readTombstones(ctx.db, now),
        publishedPublic: profile === 'public' ? readPublicCalendarUids(ctx.db) : undefined,
      },
      { profile, now, release },
    );
    if (profile === 'public' && !preview) recordPublicCalendarUids(ctx.db, uids, now);
    const scope = release === null ? 'plan' : release.replace(/[^\w.+~-]+/g, '_');
    return {
      fileName: `embargo-planner-${scope}-${profile}.ics`,
      profile,
      notice: PROFILE_DESCRIPTIONS[profile],
      ...exported,
    };
  })();
}

function exportPicture(
  ctx: HandlerContext,
  {
    profile,
    presenting,
    release,
    from,
    to,
    width,
    format,
  }: CallInputParsed<'calendars.exportPicture'>,
): CallOutput<'calendars.exportPicture'> {
  if ((from === null) !== (to === null))
    throw new PlannerError(
      'invalid_input',
      `${from === null ? 'from' : 'to'}: give both from and to, or neither`,
    );
  if (from !== null && to !== null && from > to)
    throw new PlannerError('invalid_input', `to: ends (${to}) before it starts (${from})`);
  return ctx.db.transaction(() => {
    const plan = release === null ? readPlan(ctx) : findRelease(ctx, release).plan;
    const picture = timelinePicture({
      releases: plan.releases,
      advisories: plan.advisories,
      settings: plan.settings,
      references: readReferenceCalendars(ctx.db),
      profile,
      presenting,
      now: ctx.now(),
      release,
      from,
      to,
      width,
    });
    const scope = release === null ? 'plan' : release.replace(/[^\w.+~-]+/g, '_');
    return {
      fileName: `embargo-planner-${scope}-${profile}.${format}`,
      format,
      content:
        format === 'svg'
          ? picture.svg
          : Buffer.from(picturePng(picture, (data) => new Uint8Array(deflateSync(data)))).toString(
              'base64',
            ),
      profile,
      notice: picture.notice,
      width: picture.width,
      height: picture.height,
      from: picture.from,
      to: picture.to,
    };
  })();
}

function noHolidaysIn(fileName: string, skipped: readonly { reason: string }[]): PlannerError {
  const why = skipped.length
    ? ` (${skipped.length} skipped: ${skipped[0].reason}${skipped.length > 1 ? ', …' : ''})`
    : '';
  return new PlannerError(
    'invalid_input',
    `${fileName}: no all-day events to take as holidays${why}`,
  );
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '');

/** How each import reads its file: holidays are whole days. */
const holidayReading = (ctx: HandlerContext): IcsReadOptions => ({
  until: expandUntil(ctx.now()),
  wholeDays: true,
});
const referenceReading = (ctx: HandlerContext): IcsReadOptions => ({
  until: expandUntil(ctx.now()),
});

/**
 * Reads an .ics file: in the caller's thread (the command line, the tests),
 * or elsewhere (a worker thread) where the caller's event loop must stay free.
 */
export type IcsReader = (
  content: string,
  fileName: string,
  options: IcsReadOptions,
) => Promise<IcsContent>;

function importHolidays(
  ctx: HandlerContext,
  { fileName, preview }: CallInputParsed<'calendars.importHolidays'>,
  read: IcsContent,
): CallOutput<'calendars.importHolidays'> {
  const write = () => {
    const { revision, ...settings } = readSettings(ctx.db);
    void revision;
    const merge = mergeHolidays(settings.holidays, read, settings.holidayNames);
    if (merge.added.length + merge.unchanged === 0) throw noHolidaysIn(fileName, merge.skipped);
    const named = merge.days.filter((d) => d.change === 'name').length;
    if (merge.holidays.length > 5000)
      throw new PlannerError(
        'invalid_input',
        `${fileName}: would make ${merge.holidays.length} holidays; at most 5000 are kept`,
      );
    if (!preview && merge.added.length + named > 0)
      storeSettings(ctx, { ...settings, holidays: merge.holidays, holidayNames: merge.names });
    return {
      applied: !preview,
      added: merge.added,
      unchanged: merge.unchanged,
      skipped: merge.skipped,
      holidays: merge.holidays.length,
      named,
      days: merge.days,
    };
  };
  return writeTransaction(ctx, write, {
    label: `Import holidays from ${baseName(fileName)}`.slice(0, 120),
  });
}

function importReference(
  ctx: HandlerContext,
  { fileName, preview, name }: CallInputParsed<'calendars.importReference'>,
  read: IcsContent,
): CallOutput<'calendars.importReference'> {
  const events = referenceEvents(read);
  const laneName = referenceName(name, read, fileName);
  if (events.length === 0)
    throw new PlannerError('invalid_input', `${fileName}: has no events to show`);
  return writeTransaction(ctx, () => {
    const existing = findReferenceCalendarId(ctx.db, laneName);
    const id = preview
      ? existing
      : writeReferenceCalendar(ctx.db, {
          name: laneName,
          fileName: baseName(fileName),
          importedAt: ctx
            .now()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
          events,
        });
    return {
      applied: !preview,
      id,
      name: laneName,
      replaced: existing !== null,
      events: events.length,
      skipped: read.skipped,
    };
  });
}

export function calendarHandlers(ctx: HandlerContext) {
  return {
    'calendars.exportIcs': (input: CallInputParsed<'calendars.exportIcs'>) =>
      exportCalendar(ctx, input),
    'calendars.scheduleMail': ({ release, profile }: CallInputParsed<'calendars.scheduleMail'>) => {
      const found = findRelease(ctx, release);
      const mail = scheduleMail({
        release: found.release,
        advisories: found.plan.advisories,
        profile,
        now: ctx.now(),
      });
      return { ...mail, profile, notice: PROFILE_DESCRIPTIONS[profile] };
    },
    'calendars.exportPicture': (input: CallInputParsed<'calendars.exportPicture'>) =>
      exportPicture(ctx, input),
    'calendars.importHolidays': (input: CallInputParsed<'calendars.importHolidays'>) =>
      importHolidays(ctx, input, readIcs(input.content, input.fileName, holidayReading(ctx))),
    'calendars.importReference': (input: CallInputParsed<'calendars.importReference'>) =>
      importReference(ctx, input, readIcs(input.content, input.fileName, referenceReading(ctx))),
    'calendars.listReferences': () => readReferenceCalendars(ctx.db),
    'calendars.deleteReference': ({ id }: CallInputParsed<'calendars.deleteReference'>) =>
      writeTransaction(ctx, () => {
        if (!deleteReferenceCalendar(ctx.db, id))
          throw new PlannerError('not_found', `id: no reference calendar with id ${id}`);
        return { id };
      }),
  };
}

/** The calendar imports with the file read by `reader`, the rest as calendarHandlers has them. */
export function calendarAsyncHandlers(ctx: HandlerContext, reader: IcsReader): AsyncHandlers {
  return {
    'calendars.importHolidays': async (input) =>
      importHolidays(ctx, input, await reader(input.content, input.fileName, holidayReading(ctx))),
    'calendars.importReference': async (input) =>
      importReference(
        ctx,
        input,
        await reader(input.content, input.fileName, referenceReading(ctx)),
      ),
  };
}
