import type { Finding, Suggestion } from '../../../shared/planning';
import { timeOf, type FindingIndex } from './findingIndex';
import { groupFindings, parseGroupId } from './findingGroups';
import { findingId, suggestionId } from './ids';
import type { AdvisoryItem, AdvisoryRows, FollowUpMark, MilestoneMark, ReleaseLane } from './items';

// Everything that can take focus, hover or a click, by the id its element
// carries (data-item-id), so that handlers and the popover work from the
// model and never parse the DOM.

export type Target =
  | { kind: 'milestone'; id: string; t: number; lane: ReleaseLane; mark: MilestoneMark }
  | { kind: 'advisory'; id: string; t: number; item: AdvisoryItem; row: number }
  /** A follow-up fix of an advisory, drawn on its row. */
  | {
      kind: 'follow-up';
      id: string;
      t: number;
      item: AdvisoryItem;
      row: number;
      mark: FollowUpMark;
    }
  | { kind: 'finding'; id: string; t: number; lane: ReleaseLane; finding: Finding }
  /** Warnings too close together to draw apart at this zoom, drawn as one. */
  | { kind: 'findings'; id: string; t: number; lane: ReleaseLane; findings: Finding[] }
  | {
      kind: 'suggestion';
      id: string;
      t: number;
      suggestion: Suggestion;
      lane: ReleaseLane | null;
      item: AdvisoryItem | null;
      row: number | null;
    };

export interface Targets {
  get(id: string): Target | undefined;
  /** Nav items of one release lane, in time order, warnings grouped as drawn at `msPerPx`. */
  laneItems(lane: ReleaseLane, msPerPx: number): { id: string; t: number }[];
  /** Nav items of one advisory row, in time order. */
  rowItems(row: number): { id: string; t: number }[];
}

export function buildTargets(
  lanes: readonly ReleaseLane[],
  rows: AdvisoryRows,
  index: FindingIndex,
): Targets {
  const laneByName = new Map(lanes.map((lane) => [lane.release.name, lane]));
  const markTargets = new Map<string, Target>();
  for (const lane of lanes)
    for (const mark of lane.marks)
      markTargets.set(mark.id, { kind: 'milestone', id: mark.id, t: mark.at, lane, mark });
  const itemById = rows.byId;
  const itemByKey = rows.byKey;

  const findingTargets = new Map<string, Target>();
  for (const [name, findings] of index.byRelease) {
    const lane = laneByName.get(name);
    if (!lane) continue;
    for (const finding of findings) {
      const id = findingId(finding);
      findingTargets.set(id, { kind: 'finding', id, t: timeOf(finding.date), lane, finding });
    }
  }
  const suggestionTargets = new Map<string, Target>();
  for (const [name, suggestions] of index.suggestionsByRelease) {
    const lane = laneByName.get(name) ?? null;
    for (const suggestion of suggestions) {
      const id = suggestionId(suggestion);
      suggestionTargets.set(id, {
        kind: 'suggestion',
        id,
        t: timeOf(suggestion.date),
        suggestion,
        lane,
        item: null,
        row: null,
      });
    }
  }
  for (const [key, suggestions] of index.suggestionsByAdvisory) {
    const item = itemByKey.get(key) ?? null;
    for (const suggestion of suggestions) {
      const id = suggestionId(suggestion);
      suggestionTargets.set(id, {
        kind: 'suggestion',
        id,
        t: timeOf(suggestion.date),
        suggestion,
        lane: null,
        item,
        row: item ? (rows.rowOf.get(item.id) ?? null) : null,
      });
    }
  }

  return {
    get(id) {
      const group = parseGroupId(id);
      if (group) {
        const lane = lanes.find((l) => l.release.id === group.releaseId);
        if (!lane) return undefined;
        const findings = (index.byRelease.get(lane.release.name) ?? []).filter((f) => {
          const t = timeOf(f.date);
          return t >= group.t0 && t <= group.t1;
        });
        return findings.length > 0
          ? { kind: 'findings', id, t: group.t0, lane, findings }
          : undefined;
      }
      const item = itemById.get(id);
      if (item) return { kind: 'advisory', id, t: item.lift, item, row: rows.rowOf.get(id) ?? 0 };
      const followUp = /^f(\d+)-/.exec(id);
      if (followUp) {
        const owner = itemById.get(`a${followUp[1]}`);
        const mark = owner?.followUps.find((m) => m.id === id);
        if (owner && mark)
          return {
            kind: 'follow-up',
            id,
            t: mark.at,
            item: owner,
            row: rows.rowOf.get(owner.id) ?? 0,
            mark,
          };
      }
      return markTargets.get(id) ?? findingTargets.get(id) ?? suggestionTargets.get(id);
    },
    laneItems(lane, msPerPx) {
      const items = lane.marks.map((m) => ({ id: m.id, t: m.at }));
      for (const group of groupFindings(
        index.byRelease.get(lane.release.name),
        lane.release.id,
        msPerPx,
      ))
        items.push({ id: group.id, t: group.t0 });
      for (const s of index.suggestionsByRelease.get(lane.release.name) ?? [])
        items.push({ id: suggestionId(s), t: timeOf(s.date) });
      return items.sort((a, b) => a.t - b.t);
    },
    rowItems(row) {
      const items: { id: string; t: number }[] = [];
      for (const item of rows.rows[row] ?? []) {
        items.push({ id: item.id, t: item.lift });
        for (const mark of item.followUps) items.push({ id: mark.id, t: mark.at });
        for (const s of index.suggestionsByAdvisory.get(item.advisory.key) ?? [])
          items.push({ id: suggestionId(s), t: timeOf(s.date) });
      }
      return items.sort((a, b) => a.t - b.t);
    },
  };
}
