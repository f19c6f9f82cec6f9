import { z } from 'zod';
import { templateMilestone, type TemplateMilestone } from '../../shared/planning/templateSchemas';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import type { Db } from './db';

interface TemplateRow {
  id: number;
  name: string;
  milestones: string;
  revision: number;
}

const storedMilestones = z.array(templateMilestone);

function toTemplate(row: TemplateRow): TemplateInfo {
  // Written only through the schema; parsed again so that a hand-edited file
  // cannot hand the renderer something the engine would choke on.
  const parsed = storedMilestones.safeParse(JSON.parse(row.milestones));
  return {
    id: row.id,
    revision: row.revision,
    name: row.name,
    shipped: false,
    milestones: parsed.success ? parsed.data : [],
  };
}

export function readTemplates(db: Db): TemplateInfo[] {
  const rows = db
    .prepare('SELECT id, name, milestones, revision FROM release_templates')
    .all() as TemplateRow[];
  return rows.map(toTemplate).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

export function readTemplate(db: Db, id: number): TemplateInfo | null {
  const row = db
    .prepare('SELECT id, name, milestones, revision FROM release_templates WHERE id = ?')
    .get(id) as TemplateRow | undefined;
  return row ? toTemplate(row) : null;
}

/** The id of the template named `name`, ignoring case as the UNIQUE index does. */
export function findTemplateId(db: Db, name: string): number | null {
  const row = db.prepare('SELECT id FROM release_templates WHERE name = ?').get(name) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export interface TemplateValues {
  name: string;
  milestones: TemplateMilestone[];
}

export function insertTemplate(db: Db, values: TemplateValues): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO release_templates (name, milestones) VALUES (?, ?)')
    .run(values.name, JSON.stringify(values.milestones));
  return Number(lastInsertRowid);
}

export function updateTemplate(db: Db, id: number, values: TemplateValues): void {
  db.prepare(
    'UPDATE release_templates SET name = ?, milestones = ?, revision = revision + 1 WHERE id = ?',
  ).run(values.name, JSON.stringify(values.milestones), id);
}

export function deleteTemplate(db: Db, id: number): void {
  db.prepare('DELETE FROM release_templates WHERE id = ?').run(id);
}
