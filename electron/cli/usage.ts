export const USAGE = `Usage: npm run planner -- <command> [options] [--db FILE]

Commands:
  list                          releases with their dates, advisories with their lifts
  import FILE [--preview]       merge a bundle (v1) or Xen's xsa.json into the database;
                                all or nothing; --preview writes nothing
  export bundle [--profile public|predisclosure|team] [--out FILE]
                                the plan as a bundle (default profile: public)

Options:
  --db FILE    the database (default: $EMBARGO_PLANNER_DB, else the app's data folder)

Exit status: 0 success, 2 bad input or usage.`;

/** A mistake in how the command was called, or in what it was given: exit 2. */
export class UsageError extends Error {}
