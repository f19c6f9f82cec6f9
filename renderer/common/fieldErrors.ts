import type { z } from 'zod';
import { formatPath } from '../../shared/errors/parse';
import { humaniseDatesIn } from './dates';

/** Problems keyed by the form field they belong to; `general` holds the rest. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** One problem as the server or a schema states it: 'milestones[1].planned' and what is wrong. */
export interface Problem {
  path: string;
  message: string;
  /** Names the field when the form's own label would not ('Lift date' for part of a pair). */
  label?: string;
}

// Field paths are camelCase, so 'Note: …' at the start of a sentence is not one.
const FIELD_PREFIX = /^([a-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): (.*)$/s;

/**
 * Splits a server message ('a: …; milestones[1].planned: …') into problems.
 * A piece that does not start with a field path continues the one before it,
 * because messages themselves may contain '; ' ("…since you loaded it; reload
 * and try again").
 */
export function problemsFromMessage(message: string): Problem[] {
  const problems: Problem[] = [];
  for (const piece of message.split('; ')) {
    const match = FIELD_PREFIX.exec(piece);
    if (match) problems.push({ path: match[1], message: match[2] });
    else if (problems.length > 0) problems[problems.length - 1].message += `; ${piece}`;
    else problems.push({ path: '', message: piece });
  }
  return problems;
}

export function problemsFromZod(error: z.ZodError, root = ''): Problem[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return {
      path: root && where ? `${root}.${where}`.replace('.[', '[') : root || where,
      message: issue.message,
    };
  });
}

/**
 * The form field a path belongs to: the longest known field that is the path
 * or contains it ('cves[2]' belongs to the one CVEs input, 'cves').
 */
export function fieldFor(path: string, known: readonly string[]): string | null {
  let best: string | null = null;
  for (const field of known) {
    const covers = path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`);
    if (covers && (best === null || field.length > best.length)) best = field;
  }
  return best;
}

// Schema messages are predicates written to follow the field's name
// ("is not a real calendar date"); others are sentences of their own.
const PREDICATE = /^(is|are|must|may|lists|contains|has|needs|cannot|does)\b/;

/** 'Planned date is not a real calendar date', or the message as a sentence. */
export function describeProblem(label: string | undefined, message: string): string {
  const readable = humaniseDatesIn(message);
  if (label && PREDICATE.test(readable)) return `${label} ${readable}`;
  return readable.charAt(0).toUpperCase() + readable.slice(1);
}

/** Sorts problems onto the form's fields; the first problem of a field wins. */
export function formErrors(
  problems: readonly Problem[],
  known: readonly string[],
  labelOf: (field: string) => string | undefined,
): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of problems) {
    const field = fieldFor(problem.path, known);
    if (field === null) {
      const label = problem.label ?? (problem.path ? labelOf(problem.path) : undefined);
      general.push(describeProblem(label, problem.message));
    } else {
      // A problem with part of a field ('cves[1]') reads best under the part's own name, if it has one.
      const label = problem.label ?? labelOf(problem.path) ?? labelOf(field);
      fields[field] ??= describeProblem(label, problem.message);
    }
  }
  return { fields, general };
}
