import type { Advisory } from '../domain/advisory';
import type { IsoDate } from '../domain/dates';
import type { SettingsValues } from '../domain/settings';
import { AdvisoryIndex, indexAdvisory, type IndexedAdvisory } from './advisoryIndex';
import { WorkingCalendar } from './calendar';
import { dayNumber, isoDateOf, type DayNumber } from './days';
import { effectiveBuffer, learnEvidence, type Evidence } from './evidence';
import { advisoryFindings } from './rules/advisoryRules';
import { compareFindings, sortFindings } from './rules/finding';
import type { ReleaseAnalysis, RuleContext } from './rules/releaseAnalysis';
import { analyseRelease } from './rules/releaseRules';
import { describeBlocker } from './vocabulary';
import { sameAdvisory, sameRelease, sameSettings } from './sameForPlanning';
import { compareText, insertSorted, removeSorted } from './sorted';
import { pointReleaseName, suggestionsFor, type SuggestionContext } from './suggestions';
import { isReleased, type Release } from '../domain/release';
import { sortKeys } from './format';
import type { Analysis, Finding, PlanInput, ReleaseStanding, Suggestion } from './types';

export interface Analyser {
  /**
   * Findings and suggestions for a plan as of `today` (YYYY-MM-DD, UTC; never
   * read from the clock). Reuses the work of the previous call for every
   * release and advisory that did not change. Inputs are treated as
   * immutable: an edit is a new object (and a new array around it), as a
   * store hands them out. The returned findings and suggestions are shared
   * with later results: treat them as read-only.
   */
  analyse(plan: PlanInput, today: IsoDate): Analysis;
}

interface AdvisoryEntry {
  /** The latest object seen for it; `indexed` may hold an equal earlier one. */
  readonly advisory: Advisory;
  readonly indexed: IndexedAdvisory | null;
  readonly findings: readonly Finding[];
}

interface Changes {
  added: AdvisoryEntry[];
  removed: AdvisoryEntry[];
}

interface ReleaseEntry {
  release: Release;
  bucketVersion: number;
  /** The working-day buffer its analysis used (learned from history, so it can change). */
  buffer: number;
  analysis: ReleaseAnalysis;
  suggestions: Suggestion[];
  suggestionKey: string;
  seen: number;
}

/** Below this many changed advisories, update the index in place; above, rebuild it. */
const REBUILD_ABOVE = 256;

class DuplicateId extends Error {}

const NONE: readonly Finding[] = [];

/**
 * What one (settings, today) pair has computed so far. Advisories and
 * releases are tracked by id; an entry is reused while its object is the
 * same, or equal on every field planning reads.
 */
class AnalysisState {
  readonly calendar: WorkingCalendar;
  readonly today: DayNumber;
  /**
   * Entries by advisory id, for the next call's diff. A one-off analysis
   * never needs them, so the first run keeps its entries in plan order
   * (`firstEntries`) and the map is made from those on the first diff.
   */
  private byId: Map<number, AdvisoryEntry> | null = null;
  private firstEntries: AdvisoryEntry[] = [];
  private readonly releases = new Map<number, ReleaseEntry>();
  private index: AdvisoryIndex | null = null;
  private lastAdvisories: readonly Advisory[] | null = null;
  /** Findings with no release, kept sorted. */
  private loose: Finding[] = [];
  private generation = 0;
  private evidence: { indexVersion: number; released: Release[]; value: Evidence } | null = null;
  private memoKey = '';
  private memo = new Map<DayNumber, DayNumber>();

  constructor(
    readonly settings: SettingsValues,
    readonly todayIso: IsoDate,
    private readonly byPosition: boolean,
  ) {
    this.calendar = new WorkingCalendar(settings);
    this.today = dayNumber(todayIso);
  }

  run(plan: PlanInput): Analysis {
    const generation = ++this.generation;
    const index = this.syncAdvisories(plan.advisories);
    const evidence = this.evidenceFor(plan, index);
    const rules: RuleContext = {
      calendar: this.calendar,
      settings: this.settings,
      today: this.today,
      buffer: effectiveBuffer(evidence, this.settings),
    };
    const names = new Set(plan.releases.map((r) => r.name));
    const suggest: SuggestionContext = {
      ...rules,
      evidence,
      releaseNames: names,
      readyMemo: this.readyMemo(evidence, rules.buffer),
    };
    // Suggestions quote the evidence (its figures, where they came from, how
    // many samples): any part of it changing redoes them. It is small (one
    // sample per past release), so all of it is the key.
    const evidenceKey = JSON.stringify(evidence);

    const current: ReleaseEntry[] = [];
    plan.releases.forEach((release, position) => {
      const id = this.byPosition ? position : release.id;
      let entry = this.releases.get(id);
      if (entry?.seen === generation) throw new DuplicateId();
      const version = index.bucketVersion(release.name);
      if (
        !entry ||
        !sameRelease(entry.release, release) ||
        entry.bucketVersion !== version ||
        entry.buffer !== rules.buffer
      ) {
        entry = {
          release,
          bucketVersion: version,
          buffer: rules.buffer,
          analysis: analyseRelease(release, index.buckets.get(release.name), rules),
          suggestions: [],
          suggestionKey: '',
          seen: generation,
        };
        this.releases.set(id, entry);
      }
      entry.seen = generation;
      const key = `${evidenceKey}|${pointReleaseName(entry.release.name, names)}`;
      if (entry.suggestionKey !== key) {
        entry.suggestions = suggestionsFor(entry.release, entry.analysis, suggest);
        entry.suggestionKey = key;
      }
      current.push(entry);
    });
    for (const [id, entry] of this.releases)
      if (entry.seen !== generation) this.releases.delete(id);

    current.sort(
      (a, b) => compareText(a.release.name, b.release.name) || a.release.id - b.release.id,
    );
    const findings = this.loose.concat(...current.map((entry) => entry.analysis.findings));
    const suggestions = ([] as Suggestion[]).concat(...current.map((entry) => entry.suggestions));
    const releases = current.map((entry) => standing(entry.release, entry.analysis));
    return { findings, suggestions, releases, evidence };
  }

  /** One memo per (lead, buffer): today and the calendar are fixed for this state. */
  private readyMemo(evidence: Evidence, buffer: number): Map<DayNumber, DayNumber> {
    const key = `${evidence.lead.days}|${buffer}`;
    if (this.memoKey !== key) {
      this.memoKey = key;
      this.memo = new Map();
    }
    return this.memo;
  }

  /**
   * The history evidence, recomputed only when an advisory or a released
   * release changed: one edit to a planned release costs nothing here.
   */
  private evidenceFor(plan: PlanInput, index: AdvisoryIndex): Evidence {
    const released = plan.releases.filter(isReleased);
    const same =
      this.evidence !== null &&
      this.evidence.indexVersion === index.version &&
      this.evidence.released.length === released.length &&
      this.evidence.released.every((r, i) => sameRelease(r, released[i]));
    if (!same) {
      this.evidence = {
        indexVersion: index.version,
        released,
        value: learnEvidence(released, index, this.calendar, this.settings, this.today),
      };
    }
    return this.evidence!.value;
  }

  private syncAdvisories(advisories: readonly Advisory[]): AdvisoryIndex {
    const { added, removed } = this.byPosition
      ? this.addAll(advisories)
      : this.diff(advisories, this.lastAdvisories ?? []);
    this.lastAdvisories = advisories;

    if (this.index === null) {
      // The first run: every entry is new.
      this.rebuild(added);
    } else if (added.length + removed.length > REBUILD_ABOVE) {
      this.rebuild([...this.entriesById().values()]);
    } else if (added.length + removed.length > 0) {
      for (const entry of removed) {
        if (entry.indexed) this.index.remove(entry.indexed);
        for (const finding of entry.findings) removeSorted(this.loose, finding, compareFindings);
      }
      for (const entry of added) {
        if (entry.indexed) this.index.add(entry.indexed);
        for (const finding of entry.findings) insertSorted(this.loose, finding, compareFindings);
      }
    }
    return this.index!;
  }

  /**
   * What changed since the previous array. A store replaces an edited
   * advisory in place, so comparing position by position by identity finds
   * the few changed ones without hashing the thousands that did not; an
   * insertion or deletion shifts positions and simply costs a lookup each.
   */
  private diff(advisories: readonly Advisory[], previous: readonly Advisory[]): Changes {
    if (previous.length === 0 && this.firstEntries.length === 0 && !this.byId?.size)
      return this.addAll(advisories);
    const byId = this.entriesById();
    const gone = new Set<Advisory>();
    const arrived: Advisory[] = [];
    for (let i = 0; i < Math.max(advisories.length, previous.length); i++) {
      const now = advisories[i];
      const before = previous[i];
      if (now === before) continue;
      if (before !== undefined) gone.add(before);
      if (now !== undefined) arrived.push(now);
    }
    const fresh = arrived.filter((advisory) => !gone.delete(advisory));
    const leaving = new Map<number, AdvisoryEntry>();
    for (const advisory of gone) {
      const entry = byId.get(advisory.id);
      if (entry) leaving.set(advisory.id, entry);
      byId.delete(advisory.id);
    }
    const added: AdvisoryEntry[] = [];
    for (const advisory of fresh) {
      if (byId.has(advisory.id)) throw new DuplicateId();
      const old = leaving.get(advisory.id);
      if (old && sameAdvisory(old.advisory, advisory)) {
        // A fresh copy that planning cannot tell apart keeps its entry.
        leaving.delete(advisory.id);
        byId.set(advisory.id, { ...old, advisory });
        continue;
      }
      const entry = this.entryFor(advisory);
      byId.set(advisory.id, entry);
      added.push(entry);
    }
    return { added, removed: [...leaving.values()] };
  }

  /**
   * A first sight of the plan: every advisory is new. Ids are checked and
   * keyed only when a later call diffs against it (see entriesById); until
   * then nothing reads them, so repeated ids cannot mislead this run.
   */
  private addAll(advisories: readonly Advisory[]): Changes {
    const added: AdvisoryEntry[] = [];
    for (let i = 0; i < advisories.length; i++) added.push(this.entryFor(advisories[i]));
    this.firstEntries = added;
    this.byId = null;
    return { added, removed: [] };
  }

  /** The entries by id (by place in positional mode), made from the first run's on first use. */
  private entriesById(): Map<number, AdvisoryEntry> {
    if (this.byId === null) {
      const byId = new Map<number, AdvisoryEntry>();
      const entries = this.firstEntries;
      for (let position = 0; position < entries.length; position++) {
        const entry = entries[position];
        const key = this.byPosition ? position : entry.advisory.id;
        if (byId.has(key)) throw new DuplicateId();
        byId.set(key, entry);
      }
      this.byId = byId;
      this.firstEntries = [];
    }
    return this.byId;
  }

  private entryFor(advisory: Advisory): AdvisoryEntry {
    const indexed = indexAdvisory(advisory);
    const findings = indexed
      ? advisoryFindings(indexed, this.today, this.calendar, this.settings)
      : NONE;
    return { advisory, indexed, findings };
  }

  private rebuild(entries: readonly AdvisoryEntry[]): void {
    const indexed: IndexedAdvisory[] = [];
    const loose: Finding[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.indexed) indexed.push(entry.indexed);
      for (let f = 0; f < entry.findings.length; f++) loose.push(entry.findings[f]);
    }
    this.index = AdvisoryIndex.build(indexed, this.index?.version ?? 0);
    this.loose = sortFindings(loose);
  }
}

function standing(release: Release, analysis: ReleaseAnalysis): ReleaseStanding {
  const released = isReleased(release);
  const heldBySecurity = sortKeys(new Set(analysis.security.map((h) => h.entry.key)));
  return {
    release: release.name,
    state: released ? 'released' : analysis.overdue ? 'overdue' : 'planned',
    effectiveDate: analysis.releaseDay === null ? null : isoDateOf(analysis.releaseDay),
    heldBySecurity,
    openBlockers: analysis.others.map(({ holder, holds }) => ({
      id: holder.blocker.id,
      title: holder.blocker.title,
      kind: holder.blocker.kind,
      holds,
    })),
    onlyWaitingOnSecurity:
      !released &&
      heldBySecurity.length > 0 &&
      analysis.others.length === 0 &&
      analysis.pastHardFreeze,
  };
}

export { describeBlocker };

/** An analyser that remembers its last plan, so a recompute after one edit costs little. */
export function createAnalyser(): Analyser {
  let state: AnalysisState | null = null;
  return {
    analyse(plan, today) {
      if (!Number.isFinite(dayNumber(today))) throw new RangeError(`today is not a date: ${today}`);
      if (!state || state.todayIso !== today || !sameSettings(state.settings, plan.settings)) {
        state = new AnalysisState(plan.settings, today, false);
      }
      try {
        return state.run(plan);
      } catch (error) {
        if (!(error instanceof DuplicateId)) throw error;
        // Ids are not unique (hand-made input): track by position instead;
        // still correct, just without reuse across calls.
        state = null;
        return new AnalysisState(plan.settings, today, true).run(plan);
      }
    },
  };
}

/** One-off analysis of a plan: see {@link Analyser.analyse}. */
export function analyse(plan: PlanInput, today: IsoDate): Analysis {
  return createAnalyser().analyse(plan, today);
}
