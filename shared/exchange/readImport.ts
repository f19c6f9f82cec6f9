import { describeIssues } from '../contract/parse';
import { PlannerError } from '../contract/result';
import { bundle } from './bundle';
import type { Incoming } from './mergePlan';
import { looksLikeXsaJson, parseXsaJson } from './xsaJson';

export interface ReadImport {
  format: 'bundle' | 'xsa.json';
  incoming: Incoming;
  refused: { where: string; reason: string }[];
}

/**
 * JSON.parse's reason without the excerpt of the file it quotes (which may be
 * embargoed text), and the place as line and column when the engine gives one.
 */
function jsonErrorPlace(content: string, error: Error): string {
  const reason = error.message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
  const at = /position (\d+)/.exec(error.message);
  if (!at) return reason;
  const before = content.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}

/**
 * Reads a file's text as a bundle or as Xen's xsa.json, told apart by shape.
 * `newAffects` is what a new advisory from a list that says nothing about
 * releases affects (DESIGN: every release not yet released).
 */
export function readImport(
  content: string,
  fileName: string,
  context: { now: Date; newAffects: string[] },
): ReadImport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new PlannerError(
      'invalid_input',
      `${fileName}: not valid JSON (${jsonErrorPlace(content, error as Error)})`,
    );
  }
  if (looksLikeXsaJson(data)) {
    const list = parseXsaJson(data);
    return {
      format: 'xsa.json',
      refused: list.refused.map((r) => ({
        where: r.index < 0 ? '[0].xsas' : `[0].xsas[${r.index}]${r.key ? ` (${r.key})` : ''}`,
        reason: r.reason,
      })),
      incoming: {
        partial: true,
        releases: [],
        advisories: list.entries.map((entry) => ({
          where: `[0].xsas[${entry.index}]`,
          key: entry.key,
          title: entry.title,
          cves: entry.cves,
          status: Date.parse(entry.publicAt) <= context.now.getTime() ? 'public' : 'embargoed',
          predisclosureAt: null,
          publicAt: entry.publicAt,
          affects: context.newAffects,
          followUps: [],
          notes: '',
        })),
      },
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data)) {
    throw new PlannerError(
      'invalid_input',
      `${fileName}: neither a planner bundle (no "format" field) nor Xen's xsa.json (an array whose first element has "xsas")`,
    );
  }
  const parsed = bundle.safeParse(data);
  if (!parsed.success)
    throw new PlannerError('invalid_input', `${fileName}: ${describeIssues(parsed.error)}`);
  const value = parsed.data;
  return {
    format: 'bundle',
    refused: [],
    incoming: {
      partial: value.profile !== 'team',
      settings: value.settings,
      releases: value.releases.map((release, index) => ({
        where: `releases[${index}]`,
        name: release.name,
        status: release.status,
        milestones: release.milestones,
        blockers: release.blockers,
      })),
      advisories: value.advisories.map((advisory, index) => ({
        where: `advisories[${index}]`,
        ...advisory,
        followUps: advisory.followUps.map((f) => ({ ...f, publicAt: f.publicAt ?? null })),
      })),
    },
  };
}
