import type { z } from 'zod';
import { PlannerError } from './result';

/** `milestones[1].planned` from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** One line per problem, each starting with the field it is about. */
export function describeIssues(error: z.ZodError, root = ''): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const where = formatPath(issue.path);
      const field = root && where ? `${root}.${where}`.replace('.[', '[') : root || where;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * The only way data from outside (IPC, HTTP, files) becomes typed: it must
 * arrive as `unknown` and leave through a schema.
 */
export function parseUnknown<S extends z.ZodType>(
  schema: S,
  data: unknown,
  root = '',
): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new PlannerError('invalid_input', describeIssues(parsed.error, root));
  return parsed.data;
}
