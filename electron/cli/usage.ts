import type { Command } from './io';

export function usage(commands: Record<string, Command>): string {
  const lines = Object.values(commands).flatMap((command) => [
    `  ${command.usage}`,
    `      ${command.help}`,
  ]);
  return [
    'Usage: npm run planner -- <command> [options] [--db FILE]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --db FILE    the database (default: $EMBARGO_PLANNER_DB, else the app data folder)',
    '  --create     make the database if there is none at that path (import makes one anyway);',
    '               no command makes a missing folder',
    '',
    'Exit status: 0 success, 1 when a check finds errors, 2 bad input or usage.',
  ].join('\n');
}

/** A mistake in how the command was called, or in what it was given: exit 2. */
export class UsageError extends Error {}
