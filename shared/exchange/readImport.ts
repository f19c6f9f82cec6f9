import { describeIssues } from '../errors/parse';
import { PlannerError } from '../errors/result';
import { bundle } from './bundle';
import { refuseOtherEncodings, withoutBom } from './fileText';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntaxError';
import type { Incoming } from './mergePlan';
import { looksLikeXsaJson, parseXsaJson } from './xsaJson';

export interface ReadImport {
  format: 'bundle' | 'xsa.json';
  incoming: Incoming;
  refused: { where: string; reason: string }[];
}

/**
 * Why the text is not JSON, by position alone: the engine's message quotes
 * the text around the error (an embargoed title, say), and its wording
 * differs between engines and versions.
 */
function jsonErrorPlace(content: string): string {
  const error = findJsonSyntaxError(content);
  if (error === null) return 'the JSON reader refused it';
  const { line, column } = lineAndColumn(content, error.offset);
  return `${error.reason} at line ${line}, column ${column}`;
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
  refuseOtherEncodings(content, fileName);
  const json = withoutBom(content);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new PlannerError(
      'invalid_input',
      `${fileName}: not valid JSON (${jsonErrorPlace(json)})`,
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
        base: release.base,
      })),
      advisories: value.advisories.map((advisory, index) => ({
        where: `advisories[${index}]`,
        ...advisory,
        followUps: advisory.followUps.map((f) => ({ ...f, publicAt: f.publicAt ?? null })),
      })),
    },
  };
}
