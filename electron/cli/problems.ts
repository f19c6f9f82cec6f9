import type { Io } from './io';

/** What a command prints of a long list of problems: enough to act on, not a million lines. */
export const MAX_PROBLEMS_SHOWN = 20;

/** The first problems, one line each on stderr, then how many more there were. */
export function printProblems(
  io: Io,
  file: string,
  problems: readonly { where: string; reason: string }[],
): void {
  for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.err(`${file}: ${problem.where}: ${problem.reason}`);
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  if (more > 0) io.err(`${file}: … and ${more} more (${problems.length} in all)`);
}
