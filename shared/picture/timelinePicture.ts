import type { Advisory } from '../domain/advisory';
import { formatDay, formatInstantUtc } from '../domain/dateText';
import type { IsoDate } from '../domain/dates';
import {
  MILESTONE_LABELS,
  MILESTONE_SHORT_LABELS,
  type MilestoneKind,
  type Release,
} from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { holidayName } from '../domain/settingsText';
import { type Profile } from '../domain/profile';
import { redactAdvisory } from '../exchange/exportBundle';
import { analyse, type Finding, type Severity } from '../planning';
import { dayNumber, isoDateOf, weekdayOf } from '../planning/days';
import { SEVERITIES, severityCount, SEVERITY_WORD } from '../planning/vocabulary';
import { circle, diamond, flag, liftHandle, milestoneShape, severityGlyph } from './shapes';

// The timeline as a picture to post (a wiki page, a slide, a mail): one
// self-contained SVG, drawn from the same plan as the app, with what the
// export profile lets out and nothing more. The app offers it as SVG and PNG;
// the command line writes the SVG.

export interface ReferenceLane {
  name: string;
  events: readonly { summary: string; start: IsoDate; end: IsoDate }[];
}

export interface PictureInput {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
  /** Other projects' calendars, each drawn as a lane of its own. */
  references: readonly ReferenceLane[];
  profile: Profile;
  /** Presentation mode: embargoed titles are left out whatever the profile. */
  presenting: boolean;
  now: Date;
  /** One release's span; else from/to; else the next release to come; else everything. */
  release?: string | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** Pixels; 1600 by default. */
  width?: number;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  /** What the picture holds of the embargoes, in words, to say before it is saved. */
  notice: string;
}

const DAY_MS = 86_400_000;
/** The SVG namespace: a name, not an address; nothing is fetched from it. */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const LABEL_W = 168;
const PAD_RIGHT = 24;
const HEADER_H = 64;
const AXIS_H = 42;
const SECTION_H = 26;
const LANE_H = 60;
const REF_H = 30;
const ROW_H = 24;
const LEGEND_H = 64;

const COLOURS = {
  text: '#1b2430',
  muted: '#5d6978',
  faint: '#8893a0',
  grid: '#e3e7ec',
  gridMajor: '#c9d0d8',
  section: '#f5f7f9',
  weekend: '#f2f4f7',
  holiday: '#fbe7ee',
  holidayText: '#8c2f55',
  today: '#d6336c',
  mark: '#1f5fbf',
  markDark: '#123d7d',
  happened: '#334155',
  error: '#c62828',
  warning: '#d9480f',
  info: '#1c64d9',
  embargoedFill: '#fff6dc',
  embargoedHatch: '#f2d27e',
  embargoedStroke: '#b7791f',
  embargoedLift: '#8a5a00',
  publicFill: '#d4eedd',
  publicStroke: '#4f9a6e',
  publicLift: '#1f6b43',
  withdrawn: '#7b8591',
  reference: '#e9e3f7',
  referenceStroke: '#8e7cc3',
  team: '#b3261e',
} as const;

const PHASE_FILL: Record<string, string> = {
  development: '#eef2f7',
  'feature-freeze': '#d9e6fb',
  'code-freeze': '#b5cdf4',
  'hard-code-freeze': '#86aaea',
};

const PHASE_LABEL: Record<string, string> = {
  development: 'Development',
  'feature-freeze': 'Feature freeze',
  'code-freeze': 'Code freeze',
  'hard-code-freeze': 'Hard code freeze',
};

const SEVERITY_COLOUR: Record<Severity, string> = {
  error: COLOURS.error,
  warning: COLOURS.warning,
  info: COLOURS.info,
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const PROFILE_LINE: Record<Profile, string> = {
  public: 'Public: no embargoed advisory is shown.',
  predisclosure: 'Pre-disclosure: embargoed advisories show their key and lift only.',
  team: 'TEAM ONLY: includes embargoed titles. Keep it inside the security team.',
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rough width of a label; no layout engine here. Bold text is a little wider. */
function textWidth(text: string, px: number, bold = false): number {
  return Math.ceil(text.length * px * (bold ? 0.62 : 0.58)) + 2;
}

const round = (n: number) => Math.round(n * 10) / 10;

function text(
  x: number,
  y: number,
  content: string,
  opts: {
    size?: number;
    weight?: number;
    fill?: string;
    anchor?: 'start' | 'middle' | 'end';
    italic?: boolean;
  } = {},
): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${opts.size ?? 11}"`,
    opts.weight ? `font-weight="${opts.weight}"` : '',
    `fill="${opts.fill ?? COLOURS.text}"`,
    opts.anchor && opts.anchor !== 'start' ? `text-anchor="${opts.anchor}"` : '',
    opts.italic ? 'font-style="italic"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** The advisory as the profile and presentation mode let it be drawn, or null to leave it out. */
interface Drawn {
  advisory: Advisory;
  status: Advisory['status'];
  /** The title to write after the key; '' when none may be shown. */
  title: string;
}

function drawnAdvisories(input: PictureInput): Drawn[] {
  const drawn: Drawn[] = [];
  for (const advisory of input.advisories) {
    const shown = redactAdvisory(advisory, input.profile, input.now);
    if (!shown) continue;
    const hideTitle = shown.status === 'embargoed' && input.presenting;
    drawn.push({
      // What the analysis sees is what the profile lets out: no hidden advisory moves a finding.
      advisory: {
        ...advisory,
        title: shown.title,
        cves: shown.cves,
        status: shown.status,
        predisclosureAt: shown.predisclosureAt,
        affects: shown.affects,
        notes: '',
        followUps: advisory.followUps.filter((f) =>
          shown.followUps.some((s) => s.summary === f.summary && s.expectedAt === f.expectedAt),
        ),
      },
      status: shown.status,
      title: hideTitle ? '' : shown.title,
    });
  }
  return drawn;
}

interface Range {
  from: number;
  to: number;
}

function releaseSpan(release: Release): Range | null {
  const days = release.milestones.flatMap((m) =>
    [m.planned, m.actual, m.baseline].filter((d): d is string => d !== null).map(dayNumber),
  );
  if (days.length === 0) return null;
  return { from: Math.min(...days), to: Math.max(...days) };
}

const releaseDay = (r: Release) => {
  const m = r.milestones.find((x) => x.kind === 'release');
  return m ? dayNumber(m.actual ?? m.planned) : null;
};

/** The days the picture covers, [from, to] inclusive, as day numbers. */
export function pictureRange(input: PictureInput, drawn: readonly Drawn[]): Range {
  const today = Math.floor(input.now.getTime() / DAY_MS);
  if (input.from && input.to) return { from: dayNumber(input.from), to: dayNumber(input.to) };
  const named = input.release ? input.releases.find((r) => r.name === input.release) : undefined;
  const next =
    named ??
    [...input.releases]
      .filter((r) => r.status !== 'released' && (releaseDay(r) ?? -Infinity) >= today)
      .sort((a, b) => releaseDay(a)! - releaseDay(b)!)[0];
  const span = next ? releaseSpan(next) : null;
  if (span) {
    // A freeze-first plan shows its development phase too, and the weeks after the release.
    const from = Math.min(span.from - 28, named ? span.from - 28 : today - 14);
    return {
      from: input.from ? dayNumber(input.from) : from,
      to: input.to ? dayNumber(input.to) : span.to + 21,
    };
  }
  const all: number[] = [];
  for (const r of input.releases) {
    const s = releaseSpan(r);
    if (s) all.push(s.from, s.to);
  }
  for (const d of drawn) {
    all.push(Math.floor(Date.parse(d.advisory.publicAt) / DAY_MS));
    if (d.advisory.predisclosureAt)
      all.push(Math.floor(Date.parse(d.advisory.predisclosureAt) / DAY_MS));
  }
  if (all.length === 0) return { from: today - 30, to: today + 90 };
  return { from: Math.min(...all) - 7, to: Math.max(...all) + 14 };
}

function monthName(day: number, long: boolean): string {
  const date = new Date(day * DAY_MS);
  const names = long
    ? [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ]
    : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return names[date.getUTCMonth()];
}

/** Greedy placement: each label in priority order, left out where it would overlap one placed. */
function fit<T extends { x: number; width: number; priority: number }>(items: T[], gap = 4): T[] {
  const placed: T[] = [];
  for (const item of [...items].sort((a, b) => b.priority - a.priority || a.x - b.x)) {
    const end = item.x + item.width;
    if (placed.some((p) => item.x < p.x + p.width + gap && end + gap > p.x)) continue;
    placed.push(item);
  }
  return placed;
}

function worst(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (best === null || RANK[f.severity] < RANK[best]) best = f.severity;
  return best;
}

function countsText(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return SEVERITIES.filter((s) => n(s) > 0)
    .map((s) => severityCount(s, n(s)))
    .join(' · ');
}

/** Draws the plan in [from, to] as an SVG document. */
export function timelinePicture(input: PictureInput): Picture {
  const width = Math.max(800, Math.min(input.width ?? 1600, 8000));
  const drawn = drawnAdvisories(input);
  const range = pictureRange(input, drawn);
  const fromMs = range.from * DAY_MS;
  const toMs = (range.to + 1) * DAY_MS;
  const plotLeft = LABEL_W;
  const plotRight = width - PAD_RIGHT;
  const msPerPx = (toMs - fromMs) / (plotRight - plotLeft);
  const pxPerDay = DAY_MS / msPerPx;
  const x = (t: number) => plotLeft + (t - fromMs) / msPerPx;
  const xDay = (d: IsoDate) => x(dayNumber(d) * DAY_MS + DAY_MS / 2);
  const inRange = (t: number) => t >= fromMs && t <= toMs;
  const today = input.now.toISOString().slice(0, 10);
  const analysis = analyse(
    {
      releases: input.releases,
      advisories: drawn.map((d) => d.advisory),
      settings: input.settings,
    },
    today,
  );

  // Releases with anything in range, by release date.
  const lanes = input.releases
    .filter((r) => {
      const s = releaseSpan(r);
      return s !== null && s.from <= range.to + 14 && s.to >= range.from - 14;
    })
    .filter((r) => !input.release || r.name === input.release)
    .sort((a, b) => (releaseDay(a) ?? 0) - (releaseDay(b) ?? 0) || a.name.localeCompare(b.name));

  const references = input.references
    .map((lane) => ({
      name: lane.name,
      events: lane.events.filter(
        (e) => dayNumber(e.end) >= range.from && dayNumber(e.start) <= range.to,
      ),
    }))
    .filter((lane) => lane.events.length > 0);

  // Advisories in range, packed into rows with their labels.
  type Item = {
    d: Drawn;
    /** Left edge of the bar and its label, in pixels; `end` the right edge. */
    start: number;
    barStart: number;
    lift: number;
    end: number;
    label: string;
    place: 'inside' | 'after' | 'before';
  };
  const items: Item[] = [];
  for (const d of drawn) {
    const lift = Date.parse(d.advisory.publicAt);
    const pre = d.advisory.predisclosureAt ? Date.parse(d.advisory.predisclosureAt) : lift - DAY_MS;
    const followUps = d.advisory.followUps
      .map((f) =>
        f.publicAt
          ? Date.parse(f.publicAt)
          : f.expectedAt
            ? dayNumber(f.expectedAt) * DAY_MS + DAY_MS / 2
            : null,
      )
      .filter((t): t is number => t !== null);
    const last = Math.max(lift, ...followUps);
    if (last < fromMs || Math.min(pre, lift) > toMs) continue;
    const label = d.title ? `${d.advisory.key} · ${d.title}` : d.advisory.key;
    const barStart = x(Math.min(pre, lift - DAY_MS / 4));
    // What of the bar is on the picture: a label goes in there, not in the cut-off part.
    const barPx = x(lift) - Math.max(barStart, plotLeft);
    // The whole label inside the bar; else beside it (a picture has room for titles); else
    // the key inside, when only the key may be shown.
    const inside = textWidth(label, 10.5, true) + 8 <= barPx;
    const keyInside = !inside && !d.title && textWidth(d.advisory.key, 10.5, true) + 8 <= barPx;
    let shown = label;
    let labelWidth = textWidth(shown, 10.5, true);
    const outside = !(inside || keyInside);
    // A label that would run off the right edge goes before the bar instead; where neither
    // side has room, the title is shortened after the bar.
    const overflows = x(last) + 28 + labelWidth > plotRight;
    const before = outside && overflows && barStart - 8 - labelWidth >= plotLeft;
    if (outside && overflows && !before) {
      const room = plotRight - x(last) - 28;
      while (shown.length > d.advisory.key.length && textWidth(shown, 10.5, true) > room)
        shown = `${shown.slice(0, -2).trimEnd()}…`;
      labelWidth = textWidth(shown, 10.5, true);
    }
    const start = before ? barStart - 8 - labelWidth : barStart;
    const end = outside && !before ? x(last) + 28 + labelWidth : x(last) + 20;
    items.push({
      d,
      start,
      barStart,
      lift,
      end,
      label: shown,
      place: outside ? (before ? 'before' : 'after') : 'inside',
    });
  }
  items.sort((a, b) => a.start - b.start);
  const rowEnds: number[] = [];
  const rowOf = new Map<Item, number>();
  for (const item of items) {
    let row = rowEnds.findIndex((end) => end + 6 <= item.start);
    if (row === -1) row = rowEnds.push(item.end) - 1;
    else rowEnds[row] = item.end;
    rowOf.set(item, row);
  }

  // Vertical layout.
  const axisY = HEADER_H;
  const releasesY = axisY + AXIS_H;
  const lanesY = releasesY + SECTION_H;
  const refsY = lanesY + Math.max(lanes.length, 1) * LANE_H;
  const refLanesY = refsY + (references.length > 0 ? SECTION_H : 0);
  const advisoriesY = refLanesY + references.length * REF_H;
  const rowsY = advisoriesY + SECTION_H;
  const plotBottom = rowsY + Math.max(rowEnds.length, 1) * ROW_H + 8;
  const legendY = plotBottom + 14;
  const height = legendY + LEGEND_H;

  const out: string[] = [];
  const push = (s: string) => out.push(s);
  // The label column is drawn last, over whatever of the plot runs into it.
  const column: string[] = [];
  const col = (s: string) => column.push(s);

  // Background, weekends, holidays, grid.
  push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  const working = new Set(input.settings.workingDays);
  const holidays = new Set(input.settings.holidays);
  if (pxPerDay >= 3)
    for (let day = range.from; day <= range.to; day++)
      if (!working.has(weekdayOf(day)) && !holidays.has(isoDateOf(day)))
        push(
          `<rect x="${round(x(day * DAY_MS))}" y="${releasesY}" width="${round(pxPerDay)}" height="${plotBottom - releasesY}" fill="${COLOURS.weekend}"/>`,
        );
  const holidayList = input.settings.holidays
    .filter((d) => dayNumber(d) >= range.from && dayNumber(d) <= range.to)
    .sort();
  for (const d of holidayList)
    push(
      `<rect x="${round(x(dayNumber(d) * DAY_MS))}" y="${releasesY}" width="${round(Math.max(pxPerDay, 1.5))}" height="${plotBottom - releasesY}" fill="${COLOURS.holiday}"><title>${escapeXml(`${holidayName(input.settings, d)}: ${formatDay(d)}`)}</title></rect>`,
    );
  push(
    `<rect x="0" y="${releasesY}" width="${width}" height="${SECTION_H}" fill="${COLOURS.section}" opacity="0.85"/>`,
  );
  if (references.length > 0)
    push(
      `<rect x="0" y="${refsY}" width="${width}" height="${SECTION_H}" fill="${COLOURS.section}" opacity="0.85"/>`,
    );
  push(
    `<rect x="0" y="${advisoriesY}" width="${width}" height="${SECTION_H}" fill="${COLOURS.section}" opacity="0.85"/>`,
  );

  // Axis: months, and weeks (Mondays) or days when there is room.
  const monthTicks: number[] = [];
  for (let day = range.from; day <= range.to + 1; day++)
    if (new Date(day * DAY_MS).getUTCDate() === 1) monthTicks.push(day);
  const minorStep = pxPerDay >= 26 ? 1 : pxPerDay >= 6 ? 7 : 0;
  for (let day = range.from; minorStep && day <= range.to; day++) {
    if (minorStep === 7 && weekdayOf(day) !== 1) continue;
    const tx = x(day * DAY_MS);
    push(
      `<line x1="${round(tx)}" x2="${round(tx)}" y1="${axisY + AXIS_H - 8}" y2="${plotBottom}" stroke="${COLOURS.grid}"/>`,
    );
    const date = new Date(day * DAY_MS);
    push(
      text(tx + 3, axisY + AXIS_H - 10, `${date.getUTCDate()} ${monthName(day, false)}`, {
        size: 10.5,
        fill: COLOURS.muted,
      }),
    );
  }
  const monthLabels = fit(
    monthTicks.map((day) => {
      const label =
        pxPerDay * 30 >= 110
          ? `${monthName(day, true)} ${new Date(day * DAY_MS).getUTCFullYear()}`
          : pxPerDay * 30 >= 40
            ? monthName(day, false)
            : String(new Date(day * DAY_MS).getUTCFullYear());
      return { x: x(day * DAY_MS) + 4, width: textWidth(label, 12, true), priority: 0, label };
    }),
    8,
  ).filter((l) => l.x + l.width <= plotRight);
  for (const day of monthTicks) {
    const tx = x(day * DAY_MS);
    if (tx < plotLeft || tx > plotRight) continue;
    push(
      `<line x1="${round(tx)}" x2="${round(tx)}" y1="${axisY + 4}" y2="${plotBottom}" stroke="${COLOURS.gridMajor}"/>`,
    );
  }
  for (const l of monthLabels) push(text(l.x, axisY + 17, l.label, { size: 12, weight: 650 }));
  push(
    `<line x1="0" x2="${width}" y1="${releasesY}" y2="${releasesY}" stroke="${COLOURS.gridMajor}"/>`,
  );

  // Holiday names in the releases heading row, two rows where they collide.
  let left = holidayList.map((d) => ({
    x: x(dayNumber(d) * DAY_MS) + 3,
    width: textWidth(holidayName(input.settings, d), 10, true),
    priority: 0,
    name: holidayName(input.settings, d),
  }));
  left = left.filter(
    (l, i) => i === 0 || l.name !== left[i - 1].name || l.x - left[i - 1].x > pxPerDay * 1.5,
  );
  for (const row of [0, 1]) {
    const placed = fit(left, 6).filter((l) => l.x + l.width <= plotRight);
    for (const l of placed)
      push(
        text(l.x, releasesY + (row === 0 ? 11 : 22), l.name, {
          size: 10,
          weight: 600,
          fill: COLOURS.holidayText,
        }),
      );
    left = left.filter((l) => !placed.includes(l));
  }

  // Section headings in the label column.
  const heading = (y: number, label: string) =>
    col(text(12, y + 17, label.toUpperCase(), { size: 11, weight: 700, fill: COLOURS.muted }));
  heading(releasesY, 'Releases');
  if (references.length > 0) heading(refsY, 'Reference calendars');
  heading(advisoriesY, 'Advisories');

  // Release lanes.
  if (lanes.length === 0)
    col(
      text(12, lanesY + 30, 'No release in this range', {
        size: 12,
        fill: COLOURS.muted,
        italic: true,
      }),
    );
  lanes.forEach((release, i) => {
    const y = lanesY + i * LANE_H;
    const findings = analysis.findings.filter((f) => f.release === release.name);
    const rDay = releaseDay(release);
    push(
      `<line x1="0" x2="${width}" y1="${y + LANE_H}" y2="${y + LANE_H}" stroke="${COLOURS.grid}"/>`,
    );
    col(text(12, y + 20, release.name, { size: 14, weight: 700 }));
    if (rDay !== null)
      col(
        text(
          12,
          y + 36,
          `${release.status === 'released' ? 'Released' : 'Due'} ${formatDay(isoDateOf(rDay))}`,
          { size: 11, fill: COLOURS.muted },
        ),
      );
    const counts = countsText(findings);
    if (counts)
      col(
        text(12, y + 51, counts, {
          size: 10.5,
          weight: 650,
          fill: SEVERITY_COLOUR[worst(findings)!],
        }),
      );

    const marks = release.milestones
      .map((m) => ({ m, day: dayNumber(m.actual ?? m.planned) }))
      .sort((a, b) => a.day - b.day);
    const at = (kind: MilestoneKind) => marks.find((k) => k.m.kind === kind)?.day ?? null;
    const freezes = (['feature-freeze', 'code-freeze', 'hard-code-freeze'] as const)
      .map((kind) => ({ kind, day: at(kind) }))
      .filter((f): f is { kind: typeof f.kind; day: number } => f.day !== null);
    const end = rDay ?? (marks.length ? marks[marks.length - 1].day : 0);
    const phases: { kind: string; from: number; to: number }[] = [];
    if (freezes.length > 0) {
      const first = marks.length ? marks[0].day : freezes[0].day;
      phases.push({
        kind: 'development',
        from: first < freezes[0].day ? first : freezes[0].day - 28,
        to: freezes[0].day,
      });
      freezes.forEach((f, k) =>
        phases.push({
          kind: f.kind,
          from: f.day,
          to: k + 1 < freezes.length ? freezes[k + 1].day : end,
        }),
      );
    }
    const opacity = release.status === 'released' ? ' opacity="0.55"' : '';
    for (const p of phases.filter((p) => p.to > p.from)) {
      const px0 = Math.max(x(p.from * DAY_MS + DAY_MS / 2), plotLeft);
      const px1 = Math.min(x(p.to * DAY_MS + DAY_MS / 2), plotRight);
      if (px1 <= px0) continue;
      push(
        `<rect x="${round(px0)}" y="${y + 17}" width="${round(px1 - px0)}" height="16" fill="${PHASE_FILL[p.kind]}" stroke="rgb(31 95 191 / 18%)"${opacity}/>`,
      );
      const label = PHASE_LABEL[p.kind];
      if (textWidth(label, 10.5) + 16 <= px1 - px0)
        push(text(px0 + 12, y + 29, label, { size: 10.5, fill: '#1b2a41' }));
    }
    const visible = marks.filter((k) => inRange(k.day * DAY_MS + DAY_MS / 2));
    const labels = fit(
      visible.map((k) => {
        const short =
          k.m.kind === 'release'
            ? release.name
            : (k.m.kind === 'rc' || k.m.kind === 'custom') && k.m.label
              ? k.m.label
              : MILESTONE_SHORT_LABELS[k.m.kind];
        const w = textWidth(short, k.m.kind === 'release' ? 12 : 11, true);
        const mx = xDay(isoDateOf(k.day));
        return {
          x: k.m.kind === 'release' ? mx - 2 : mx - w / 2,
          width: w,
          priority: k.m.kind === 'release' ? 3 : k.m.kind === 'rc' || k.m.kind === 'custom' ? 1 : 2,
          short,
          release: k.m.kind === 'release',
        };
      }),
    ).filter((l) => l.x >= plotLeft && l.x + l.width <= width - 4);
    for (const l of labels)
      push(
        text(l.x, y + 12, l.short, {
          size: l.release ? 12 : 11,
          weight: l.release ? 800 : 600,
          fill: l.release ? COLOURS.markDark : '#2a3646',
        }),
      );
    for (const k of visible) {
      const mx = xDay(isoDateOf(k.day));
      const happened = k.m.actual !== null;
      const fill = happened ? COLOURS.happened : k.m.kind === 'release' ? COLOURS.mark : '#fff';
      const stroke = happened
        ? COLOURS.happened
        : k.m.kind === 'release'
          ? COLOURS.markDark
          : COLOURS.mark;
      push(
        `<path d="${milestoneShape(k.m.kind, mx, y + 25)}" fill="${fill}" stroke="${stroke}" stroke-width="1.6" stroke-linejoin="round"><title>${escapeXml(`${k.m.kind === 'release' ? `Release ${release.name}` : MILESTONE_LABELS[k.m.kind]}: ${formatDay(isoDateOf(k.day))}${happened ? ' (happened)' : ''}`)}</title></path>`,
      );
    }
    // Findings about the release, the worst per spot.
    const spots = new Map<number, Finding[]>();
    for (const f of findings) {
      const t = f.date.length > 10 ? Date.parse(f.date) : dayNumber(f.date) * DAY_MS + DAY_MS / 2;
      if (!inRange(t)) continue;
      const key = Math.round(x(t) / 14);
      spots.set(key, [...(spots.get(key) ?? []), f]);
    }
    for (const [, group] of spots) {
      const f = group[0];
      const t = f.date.length > 10 ? Date.parse(f.date) : dayNumber(f.date) * DAY_MS + DAY_MS / 2;
      const severity = worst(group)!;
      push(
        `<path d="${severityGlyph(severity, x(t), y + 47)}" fill="${SEVERITY_COLOUR[severity]}" fill-rule="evenodd" stroke="#fff" stroke-width="0.8"><title>${escapeXml(group.map((g) => g.message).join('\n'))}</title></path>`,
      );
    }
  });

  // Reference calendars, read-only, a lane each.
  references.forEach((lane, i) => {
    const y = refLanesY + i * REF_H;
    push(
      `<line x1="0" x2="${width}" y1="${y + REF_H}" y2="${y + REF_H}" stroke="${COLOURS.grid}"/>`,
    );
    const name = lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name;
    col(text(12, y + 19, name, { size: 12, weight: 650 }));
    col(text(12, y + 28, 'reference, read-only', { size: 9, fill: COLOURS.faint }));
    const labels: { x: number; width: number; priority: number; summary: string }[] = [];
    for (const e of lane.events) {
      const x0 = Math.max(x(dayNumber(e.start) * DAY_MS), plotLeft);
      const x1 = Math.min(x((dayNumber(e.end) + 1) * DAY_MS), plotRight);
      push(
        `<rect x="${round(x0)}" y="${y + 8}" width="${round(Math.max(x1 - x0, 2))}" height="14" rx="2" fill="${COLOURS.reference}" stroke="${COLOURS.referenceStroke}"><title>${escapeXml(`${e.summary}: ${formatDay(e.start)}${e.end !== e.start ? ` – ${formatDay(e.end)}` : ''}`)}</title></rect>`,
      );
      labels.push({
        x: x0 + 4,
        width: textWidth(e.summary, 10.5),
        priority: 0,
        summary: e.summary,
      });
    }
    for (const l of fit(labels).filter((l) => l.x + l.width <= plotRight))
      push(text(l.x, y + 19, l.summary, { size: 10.5, fill: '#3b2a66' }));
  });

  // Advisories.
  if (items.length === 0)
    col(
      text(
        12,
        rowsY + 17,
        input.profile === 'public'
          ? 'No public advisory in this range'
          : 'No advisory in this range',
        { size: 12, fill: COLOURS.muted, italic: true },
      ),
    );
  push(
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOURS.embargoedFill}"/><rect width="2.4" height="6" fill="${COLOURS.embargoedHatch}"/></pattern></defs>`,
  );
  for (const item of items) {
    const y = rowsY + rowOf.get(item)! * ROW_H;
    const { d } = item;
    const xl = x(item.lift);
    const cy = y + 12;
    const status = d.status;
    const fill =
      status === 'embargoed' ? 'url(#hatch)' : status === 'public' ? COLOURS.publicFill : '#fff';
    const stroke =
      status === 'embargoed'
        ? COLOURS.embargoedStroke
        : status === 'public'
          ? COLOURS.publicStroke
          : COLOURS.withdrawn;
    const liftFill =
      status === 'embargoed'
        ? COLOURS.embargoedLift
        : status === 'public'
          ? COLOURS.publicLift
          : COLOURS.withdrawn;
    const findings = analysis.findings.filter((f) => f.subject === d.advisory.key);
    const sev = worst(findings);
    const followUps = d.advisory.followUps
      .map((f) => ({
        f,
        t: f.publicAt
          ? Date.parse(f.publicAt)
          : f.expectedAt
            ? dayNumber(f.expectedAt) * DAY_MS + DAY_MS / 2
            : null,
      }))
      .filter((p): p is { f: (typeof p)['f']; t: number } => p.t !== null);
    const title = `${d.advisory.key} (${status})${d.title ? `: ${d.title}` : ''}, lifts ${formatInstantUtc(d.advisory.publicAt)}`;
    push(`<g><title>${escapeXml(title)}</title>`);
    if (followUps.length > 0)
      push(
        `<path d="M${round(xl)} ${cy}H${round(Math.max(...followUps.map((p) => x(p.t))))}" stroke="${COLOURS.muted}" fill="none"/>`,
      );
    push(
      `<rect x="${round(item.barStart)}" y="${y + 6}" width="${round(Math.max(xl - item.barStart, 2))}" height="12" rx="2" fill="${fill}" stroke="${stroke}"${status === 'withdrawn' ? ' stroke-dasharray="3 2"' : ''}/>`,
    );
    for (const p of followUps)
      push(
        `<path d="${circle(x(p.t), cy, 3.5)}" fill="${p.f.status === 'landed' ? '#3c4653' : '#fff'}" stroke="${p.f.status === 'dropped' ? '#9aa5b1' : '#3c4653'}" stroke-width="1.4"/>`,
      );
    push(`<path d="${liftHandle(xl, y + 2, 20)}" fill="${liftFill}"/>`);
    const lastX = Math.max(xl, ...followUps.map((p) => x(p.t)));
    if (sev)
      push(
        `<path d="${severityGlyph(sev, lastX + 10, cy)}" fill="${SEVERITY_COLOUR[sev]}" fill-rule="evenodd" stroke="#fff" stroke-width="0.8"/>`,
      );
    const labelX =
      item.place === 'inside'
        ? Math.max(item.barStart, plotLeft) + 4
        : item.place === 'before'
          ? item.start
          : lastX + (sev ? 20 : 8);
    push(
      text(labelX, cy + 3.8, item.label, {
        size: 10.5,
        weight: 700,
        fill: status === 'withdrawn' ? COLOURS.withdrawn : COLOURS.text,
      }),
    );
    push('</g>');
  }

  // Today, over everything in the plot.
  const nowMs = input.now.getTime();
  if (inRange(nowMs)) {
    const tx = round(x(Math.floor(nowMs / DAY_MS) * DAY_MS + DAY_MS / 2));
    push(
      `<line x1="${tx}" x2="${tx}" y1="${axisY + 22}" y2="${plotBottom}" stroke="${COLOURS.today}" stroke-width="1.5"/>`,
    );
    push(
      `<rect x="${tx - 22}" y="${axisY + 20}" width="44" height="14" rx="3" fill="${COLOURS.today}"/>`,
    );
    push(
      text(tx, axisY + 30.5, 'Today', { size: 10, weight: 700, fill: '#fff', anchor: 'middle' }),
    );
  }

  // The label column over anything drawn left of the plot, the margin right of it, then the edge.
  push(
    `<rect x="0" y="${releasesY}" width="${plotLeft}" height="${plotBottom - releasesY}" fill="#fff"/>`,
  );
  push(
    `<rect x="${plotRight}" y="${releasesY}" width="${width - plotRight}" height="${plotBottom - releasesY}" fill="#fff"/>`,
  );
  for (const y of [releasesY, ...(references.length > 0 ? [refsY] : []), advisoriesY])
    push(
      `<rect x="0" y="${y}" width="${plotLeft}" height="${SECTION_H}" fill="${COLOURS.section}"/>`,
    );
  out.push(...column);
  push(
    `<line x1="${plotLeft}" x2="${plotLeft}" y1="${releasesY}" y2="${plotBottom}" stroke="${COLOURS.gridMajor}"/>`,
  );
  push(
    `<line x1="0" x2="${width}" y1="${plotBottom}" y2="${plotBottom}" stroke="${COLOURS.gridMajor}"/>`,
  );

  // Header: what this is, from when to when, and what it may hold.
  const scope = input.release ? `Release ${input.release}` : 'Release and embargo plan';
  push(text(12, 26, scope, { size: 18, weight: 700 }));
  push(
    text(
      12,
      46,
      `${formatDay(isoDateOf(range.from))} – ${formatDay(isoDateOf(range.to))} · dates in UTC · drawn ${formatInstantUtc(input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'))}`,
      { size: 12, fill: COLOURS.muted },
    ),
  );
  const notice = `${PROFILE_LINE[input.profile]}${input.presenting && input.profile !== 'public' ? ' Presenting: embargoed titles are hidden.' : ''}`;
  push(
    text(width - 12, 26, notice, {
      size: 12,
      weight: input.profile === 'team' ? 700 : 500,
      fill: input.profile === 'team' && !input.presenting ? COLOURS.team : COLOURS.muted,
      anchor: 'end',
    }),
  );

  // Legend.
  let lx = 12;
  const ly = legendY + 14;
  const entry = (swatch: string, label: string, w: number) => {
    push(swatch.replace(/\$X/g, String(lx)));
    push(text(lx + w + 5, ly + 4, label, { size: 11, fill: COLOURS.muted }));
    lx += w + 5 + textWidth(label, 11) + 14;
    if (lx > width - 160) lx = 12;
  };
  for (const kind of ['development', 'feature-freeze', 'code-freeze', 'hard-code-freeze'])
    entry(
      `<rect x="$X" y="${ly - 6}" width="22" height="12" fill="${PHASE_FILL[kind]}" stroke="rgb(31 95 191 / 18%)"/>`,
      PHASE_LABEL[kind],
      22,
    );
  const shape = (d: string, fillColour: string, strokeColour: string) =>
    `<path d="${d}" fill="${fillColour}" stroke="${strokeColour}" stroke-width="1.4"/>`;
  entry(shape(diamond(lx + 7, ly, 5), '#fff', COLOURS.mark), 'Freeze', 14);
  entry(shape(flag(lx + 4, ly), COLOURS.mark, COLOURS.markDark), 'Release', 14);
  entry(shape(diamond(lx + 7, ly, 5), COLOURS.happened, COLOURS.happened), 'Happened', 14);
  entry(
    `<rect x="$X" y="${ly - 5}" width="22" height="10" rx="2" fill="url(#hatch)" stroke="${COLOURS.embargoedStroke}"/>`,
    'Embargoed',
    22,
  );
  entry(
    `<rect x="$X" y="${ly - 5}" width="22" height="10" rx="2" fill="${COLOURS.publicFill}" stroke="${COLOURS.publicStroke}"/>`,
    'Public',
    22,
  );
  entry(
    `<rect x="$X" y="${ly - 8}" width="4" height="16" fill="${COLOURS.embargoedLift}"/>`,
    'Lift',
    4,
  );
  entry(shape(circle(lx + 5, ly, 3.5), '#fff', '#3c4653'), 'Follow-up fix', 10);
  const ly2 = ly + 22;
  lx = 12;
  const entry2 = (swatch: string, label: string, w: number) => {
    push(swatch.replace(/\$X/g, String(lx)).replace(/\$Y/g, String(ly2)));
    push(text(lx + w + 5, ly2 + 4, label, { size: 11, fill: COLOURS.muted }));
    lx += w + 5 + textWidth(label, 11) + 14;
  };
  for (const s of SEVERITIES)
    entry2(
      `<path d="${severityGlyph(s, lx + 7, ly2)}" fill="${SEVERITY_COLOUR[s]}" fill-rule="evenodd"/>`,
      SEVERITY_WORD[s],
      14,
    );
  entry2(
    `<rect x="$X" y="${ly2 - 7}" width="14" height="14" fill="${COLOURS.weekend}" stroke="${COLOURS.grid}"/>`,
    'Non-working day',
    14,
  );
  entry2(
    `<rect x="$X" y="${ly2 - 7}" width="14" height="14" fill="${COLOURS.holiday}"/>`,
    'Holiday',
    14,
  );
  entry2(
    `<rect x="$X" y="${ly2 - 5}" width="22" height="10" rx="2" fill="${COLOURS.reference}" stroke="${COLOURS.referenceStroke}"/>`,
    'Reference calendar event',
    22,
  );
  entry2(`<rect x="$X" y="${ly2 - 7}" width="2" height="14" fill="${COLOURS.today}"/>`, 'Today', 2);

  const heading_ = escapeXml(
    `${scope}, ${formatDay(isoDateOf(range.from))} to ${formatDay(isoDateOf(range.to))}`,
  );
  const svg = [
    `<svg xmlns="${SVG_NAMESPACE}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="picture-title picture-desc">`,
    `<title id="picture-title">${heading_}</title>`,
    `<desc id="picture-desc">${escapeXml(`${notice} ${lanes.length} release${lanes.length === 1 ? '' : 's'}, ${items.length} advisor${items.length === 1 ? 'y' : 'ies'}.`)}</desc>`,
    ...out.filter((s) => s !== ''),
    '</svg>',
    '',
  ].join('\n');
  return {
    svg,
    width,
    height,
    from: isoDateOf(range.from),
    to: isoDateOf(range.to),
    notice,
  };
}
