import type { ReferenceEvent } from '../../shared/calendar/referenceFromIcs';
import type { Db } from './db';

export interface ReferenceCalendar {
  id: number;
  name: string;
  fileName: string;
  importedAt: string;
  events: ReferenceEvent[];
}

interface CalendarRow {
  id: number;
  name: string;
  file_name: string;
  imported_at: string;
}

interface EventRow {
  calendar_id: number;
  uid: string;
  summary: string;
  start_date: string;
  end_date: string;
}

export function findReferenceCalendarId(db: Db, name: string): number | null {
  const row = db.prepare('SELECT id FROM reference_calendars WHERE name = ?').get(name) as
    { id: number } | undefined;
  return row?.id ?? null;
}

/** All reference calendars with their events, in two queries. */
export function readReferenceCalendars(db: Db): ReferenceCalendar[] {
  const calendars = db
    .prepare('SELECT * FROM reference_calendars ORDER BY name')
    .all() as CalendarRow[];
  const events = db
    .prepare('SELECT * FROM reference_events ORDER BY calendar_id, start_date, uid')
    .all() as EventRow[];
  const byCalendar = new Map<number, ReferenceEvent[]>();
  for (const row of events) {
    const list = byCalendar.get(row.calendar_id) ?? [];
    list.push({ uid: row.uid, summary: row.summary, start: row.start_date, end: row.end_date });
    byCalendar.set(row.calendar_id, list);
  }
  return calendars.map((row) => ({
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    importedAt: row.imported_at,
    events: byCalendar.get(row.id) ?? [],
  }));
}

/** Creates the calendar, or replaces the events of the one with that name; returns its id. */
export function writeReferenceCalendar(
  db: Db,
  values: { name: string; fileName: string; importedAt: string; events: ReferenceEvent[] },
): number {
  const existing = findReferenceCalendarId(db, values.name);
  let id: number;
  if (existing === null) {
    id = Number(
      db
        .prepare('INSERT INTO reference_calendars (name, file_name, imported_at) VALUES (?, ?, ?)')
        .run(values.name, values.fileName, values.importedAt).lastInsertRowid,
    );
  } else {
    id = existing;
    db.prepare('UPDATE reference_calendars SET file_name = ?, imported_at = ? WHERE id = ?').run(
      values.fileName,
      values.importedAt,
      id,
    );
    db.prepare('DELETE FROM reference_events WHERE calendar_id = ?').run(id);
  }
  const insert = db.prepare(
    'INSERT INTO reference_events (calendar_id, uid, summary, start_date, end_date) VALUES (?, ?, ?, ?, ?)',
  );
  for (const event of values.events)
    insert.run(id, event.uid, event.summary, event.start, event.end);
  return id;
}

export function deleteReferenceCalendar(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM reference_calendars WHERE id = ?').run(id).changes === 1;
}
