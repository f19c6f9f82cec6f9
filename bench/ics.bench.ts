// iCalendar export benchmark: `npx tsx bench/ics.bench.ts`.
// Builds a plan that makes 10,000 events (milestones, lifts and follow-ups,
// with text that needs escaping and folding), then reports the median of
// several runs of the whole export (redaction, entries, writing, folding)
// against the target.

import type { CalendarSource } from '../shared/calendar/calendarEntries';
import { exportIcs } from '../shared/calendar/icsExport';
import type { CalendarIdentities, CalendarIdentity } from '../shared/calendar/identity';
import type { Advisory } from '../shared/domain/advisory';
import type { Release } from '../shared/domain/release';
import type { Profile } from '../shared/domain/profile';

const TARGET_MS = 200;
const EVENTS = 10_000;
const RUNS = 21;
const NOW = new Date('2026-11-25T12:00:00Z');
const MILESTONE_KINDS = [
  'last-posting',
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
  'branch',
  'release',
] as const;

const day = (base: number, offset: number) =>
  new Date(Date.UTC(2010, 0, 1) + (base + offset) * 86_400_000).toISOString().slice(0, 10);

/** 1,000 releases × 6 milestones, 2,500 advisories with 1,500 follow-ups: 10,000 events. */
function benchPlan(): CalendarSource {
  const releases: Release[] = [];
  const advisories: Advisory[] = [];
  for (let r = 0; r < 1000; r++) {
    releases.push({
      id: r + 1,
      revision: 1,
      name: `${Math.floor(r / 10)}.${r % 10}`,
      status: 'planned',
      blockers: [],
      milestones: MILESTONE_KINDS.map((kind, k) => ({
        id: r * 10 + k + 1,
        kind,
        planned: day(r * 5, k * 14),
        actual: k < 2 ? day(r * 5, k * 14) : null,
        baseline: kind === 'release' ? day(r * 5, k * 14 - 35) : null,
        label: null,
      })),
    });
  }
  for (let a = 0; a < 2500; a++) {
    const lift = new Date(Date.UTC(2010, 0, 1, 12) + a * 2 * 86_400_000).toISOString();
    advisories.push({
      id: a + 1,
      revision: 1,
      key: `XSA-${a + 1}`,
      title: `Speculative side channel ${a}; guest → host, “über” escape ✓`,
      cves: [`CVE-2018-${10000 + a}`, `CVE-2018-${20000 + a}`],
      status: a % 3 === 0 ? 'embargoed' : 'public',
      predisclosureAt: null,
      publicAt: lift.replace(/\.\d{3}Z$/, 'Z'),
      affects: [releases[a % 1000].name, releases[(a + 1) % 1000].name],
      followUps:
        a < 1500
          ? [
              {
                id: a + 1,
                summary: `Fix to the fix, part ${a}, with a longer explanation of what changed`,
                expectedAt: day(a * 2, 30),
                status: 'pending',
                publicAt: null,
              },
            ]
          : [],
      notes: `Discoverer prefers Tuesday lifts; see thread ${a}.\nSecond line, with commas.`,
    });
  }
  const identities: CalendarIdentities = {
    milestones: new Map(
      releases.flatMap((r) =>
        r.milestones.map((m): [number, CalendarIdentity] => [
          m.id,
          { uid: `m${String(m.id).padStart(31, '0')}`, sequence: 1 },
        ]),
      ),
    ),
    advisories: new Map(
      advisories.map((x): [number, CalendarIdentity] => [
        x.id,
        { uid: `a${String(x.id).padStart(31, '0')}`, sequence: 3 },
      ]),
    ),
    followUps: new Map(
      advisories.flatMap((x) =>
        x.followUps.map((f): [number, CalendarIdentity] => [
          f.id,
          { uid: `f${String(f.id).padStart(31, '0')}`, sequence: 0 },
        ]),
      ),
    ),
  };
  return { releases, advisories, identities, tombstones: [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface IcsMeasure {
  profile: Profile;
  events: number;
  bytes: number;
  medianMs: number;
  minMs: number;
  /** CPU time of this process (user + system), which other load on the machine barely changes. */
  medianCpuMs: number;
}

export function measureIcs(profile: Profile, source = benchPlan()): IcsMeasure {
  let result = exportIcs(source, { profile, now: NOW }); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = exportIcs(source, { profile, now: NOW });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return {
    profile,
    events: result.events,
    bytes: new TextEncoder().encode(result.content).length,
    medianMs: median(times),
    minMs: Math.min(...times),
    medianCpuMs: median(cpuTimes),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Runs the benchmark and returns its report, one line per entry. */
export async function runIcsBench(): Promise<string[]> {
  const source = benchPlan();
  const lines: string[] = [];
  let teamMedian = Infinity;
  let teamEvents = 0;
  for (const profile of ['team', 'public'] as const) {
    const m = measureIcs(profile, source);
    if (profile === 'team') {
      teamMedian = m.medianMs;
      teamEvents = m.events;
    }
    lines.push(
      `ics ${profile.padEnd(6)} ${m.events} events, ${(m.bytes / 1e6).toFixed(1)} MB: ` +
        `median ${ms(m.medianMs)} (best ${ms(m.minMs)}; CPU ${ms(m.medianCpuMs)}) over ${RUNS} runs`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const ok = teamEvents >= EVENTS && teamMedian <= TARGET_MS;
  lines.push(
    `ics target: ${teamEvents} events exported in ${ms(teamMedian)} (median) ≤ ${TARGET_MS} ms: ${ok ? 'ok' : 'MISSED'}`,
  );
  return lines;
}

if (process.argv[1]?.endsWith('ics.bench.ts')) {
  runIcsBench().then(
    (lines) => {
      for (const line of lines) console.log(line);
      if (lines.some((line) => line.includes('MISSED'))) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
