import { PlannerError } from '../../../shared/errors/result';
import { isoDate } from '../../../shared/domain/dateSchemas';
import { utcToday } from '../../../shared/domain/dates';
import {
  BLOCKER_KIND_LABELS,
  BLOCKER_KINDS,
  isOpenBlocker,
  type Blocker,
  type Release,
} from '../../../shared/domain/release';
import { callOrThrow, type Backend } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

// What holds a release besides embargoes, from the command line: a bug, a
// test gate that has not passed, anything else. Each change is one write to
// the release, so it has history and undo like any other.

const ACTIONS = ['list', 'add', 'resolve', 'reopen', 'expect'] as const;

function date(option: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = isoDate.safeParse(value);
  if (!parsed.success)
    throw new UsageError(`--${option}: ${JSON.stringify(value)} ${parsed.error.issues[0].message}`);
  return parsed.data;
}

function releaseNamed(backend: Backend, name: string | undefined): Release {
  if (name === undefined) throw new UsageError('--release NAME is needed');
  const release = callOrThrow(backend, 'releases.list', {}).find((r) => r.name === name);
  if (!release) throw new PlannerError('not_found', `--release: no release named ${name}`);
  return release;
}

/** The blocker a --title (or --id) names; refuses a title two blockers share. */
function pick(release: Release, options: Record<string, string | boolean | undefined>): Blocker {
  if (typeof options.id === 'string') {
    const found = release.blockers.find((b) => String(b.id) === options.id);
    if (!found)
      throw new PlannerError('not_found', `--id: ${release.name} has no blocker ${options.id}`);
    return found;
  }
  if (typeof options.title !== 'string') throw new UsageError('--title TEXT or --id N is needed');
  const found = release.blockers.filter((b) => b.title === options.title);
  if (found.length === 0)
    throw new PlannerError(
      'not_found',
      `--title: ${release.name} has no blocker titled ${JSON.stringify(options.title)}`,
    );
  if (found.length > 1)
    throw new UsageError(
      `--title: ${found.length} blockers of ${release.name} are titled ${JSON.stringify(options.title)}; name one with --id (${found.map((b) => b.id).join(', ')})`,
    );
  return found[0];
}

function describe(blocker: Blocker, today: string): string {
  const state = isOpenBlocker(blocker, today)
    ? `open since ${blocker.openedOn}, expected ${blocker.expectedOn ?? 'unknown'}`
    : `resolved ${blocker.resolvedOn}`;
  return `  #${blocker.id}  ${BLOCKER_KIND_LABELS[blocker.kind].padEnd(9)} ${JSON.stringify(blocker.title)}  ${state}`;
}

export const blocker: Command = {
  usage:
    'blocker list|add|resolve|reopen|expect --release NAME [--title TEXT|--id N] [--kind bug|test-gate|other] [--opened DATE] [--expected DATE|unknown] [--on DATE]',
  help: 'blockers that are not embargoes (bugs, test gates, other): list them, add one, resolve it (--on, default today), reopen it, or set when it is expected to be resolved',
  options: {
    release: { type: 'string' },
    title: { type: 'string' },
    id: { type: 'string' },
    kind: { type: 'string' },
    opened: { type: 'string' },
    expected: { type: 'string' },
    on: { type: 'string' },
  },
  run({ backend, io, args, options }) {
    const action = args[0] as (typeof ACTIONS)[number] | undefined;
    if (!action || !ACTIONS.includes(action))
      throw new UsageError(`blocker needs one of ${ACTIONS.join(', ')}`);
    const today = utcToday(io.now());

    if (action === 'list') {
      const releases = callOrThrow(backend, 'releases.list', {}).filter(
        (r) => options.release === undefined || r.name === options.release,
      );
      if (options.release !== undefined && releases.length === 0)
        throw new PlannerError(
          'not_found',
          `--release: no release named ${String(options.release)}`,
        );
      for (const release of releases) {
        if (release.blockers.length === 0 && options.release === undefined) continue;
        const open = release.blockers.filter((b) => isOpenBlocker(b, today)).length;
        io.out(`${release.name}: ${open} open of ${release.blockers.length}`);
        for (const b of release.blockers) io.out(describe(b, today));
      }
      return 0;
    }

    const release = releaseNamed(backend, options.release as string | undefined);
    let blockers: Blocker[] | (Omit<Blocker, 'id'> & { id?: number })[];
    let done: string;
    if (action === 'add') {
      if (typeof options.title !== 'string') throw new UsageError('--title TEXT is needed');
      const kind = (options.kind as string | undefined) ?? 'bug';
      if (!(BLOCKER_KINDS as readonly string[]).includes(kind))
        throw new UsageError(
          `--kind: ${JSON.stringify(kind)} is not one of ${BLOCKER_KINDS.join(', ')}`,
        );
      const expected =
        options.expected === 'unknown' ? undefined : date('expected', options.expected);
      blockers = [
        ...release.blockers,
        {
          title: options.title,
          kind: kind as Blocker['kind'],
          openedOn: date('opened', options.opened) ?? today,
          expectedOn: expected ?? null,
          resolvedOn: null,
        },
      ];
      done = `Added to ${release.name}`;
    } else {
      const target = pick(release, options);
      let change: Partial<Blocker>;
      if (action === 'resolve') change = { resolvedOn: date('on', options.on) ?? today };
      else if (action === 'reopen') change = { resolvedOn: null };
      else if (options.expected === 'unknown') change = { expectedOn: null };
      else {
        const expected = date('expected', options.expected);
        if (expected === undefined)
          throw new UsageError('--expected DATE (or --expected unknown) is needed');
        change = { expectedOn: expected };
      }
      blockers = release.blockers.map((b) => (b.id === target.id ? { ...b, ...change } : b));
      done = `${action === 'resolve' ? 'Resolved' : action === 'reopen' ? 'Reopened' : 'Updated'} in ${release.name}`;
    }
    const updated = callOrThrow(backend, 'releases.update', {
      id: release.id,
      revision: release.revision,
      blockers,
    });
    io.out(`${done}:`);
    const changed =
      action === 'add'
        ? updated.blockers[updated.blockers.length - 1]
        : updated.blockers.find((b) => b.id === pick(release, options).id)!;
    io.out(describe(changed, today));
    return 0;
  },
};
