import type { TextShape } from '../chart/scene';
import type { Profile } from '../domain/profile';
import type { Finding, Severity } from '../planning';
import { SEVERITIES, severityCount } from '../planning/vocabulary';

// The picture's measures, colours and words, and the few helpers every part
// of it draws with: a label, its rough width, and greedy label placement.

export const DAY_MS = 86_400_000;
export const LABEL_W = 168;
export const PAD_RIGHT = 24;
export const HEADER_H = 64;
export const AXIS_H = 42;
export const SECTION_H = 26;
export const LANE_H = 60;
export const REF_H = 30;
export const ROW_H = 24;
export const LEGEND_H = 64;

/** Solid colours only (#rrggbb): the PNG is drawn without transparency. */
export const COLOURS = {
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
  markLabel: '#2a3646',
  happened: '#334155',
  error: '#c62828',
  warning: '#d9480f',
  info: '#1c64d9',
  embargoedStroke: '#b7791f',
  embargoedLift: '#8a5a00',
  publicFill: '#d4eedd',
  publicStroke: '#4f9a6e',
  publicLift: '#1f6b43',
  withdrawn: '#7b8591',
  reference: '#e9e3f7',
  referenceStroke: '#8e7cc3',
  referenceText: '#3b2a66',
  followUp: '#3c4653',
  dropped: '#9aa5b1',
  phaseText: '#1b2a41',
  /** The mark blue at 18% over white: a phase's edge. */
  phaseStroke: '#d7e2f3',
  team: '#b3261e',
  white: '#ffffff',
} as const;

export const PHASE_FILL: Record<string, string> = {
  development: '#eef2f7',
  'feature-freeze': '#d9e6fb',
  'code-freeze': '#b5cdf4',
  'hard-code-freeze': '#86aaea',
};

export const PHASE_LABEL: Record<string, string> = {
  development: 'Development',
  'feature-freeze': 'Feature freeze',
  'code-freeze': 'Code freeze',
  'hard-code-freeze': 'Hard code freeze',
};

export const SEVERITY_COLOUR: Record<Severity, string> = {
  error: COLOURS.error,
  warning: COLOURS.warning,
  info: COLOURS.info,
};

export const PROFILE_LINE: Record<Profile, string> = {
  public: 'Public: no embargoed advisory is shown.',
  predisclosure: 'Pre-disclosure: embargoed advisories show their key and lift only.',
  team: 'TEAM ONLY: includes embargoed titles. Keep it inside the security team.',
};

/** A colour as drawn at `alpha` over white: what a faded (released) phase looks like. */
export function faded(colour: string, alpha: number): string {
  const n = parseInt(colour.slice(1), 16);
  const mix = (c: number) =>
    Math.round(255 - (255 - c) * alpha)
      .toString(16)
      .padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** Rough width of a label; no layout engine here. Bold text is a little wider. */
export function textWidth(text: string, px: number, bold = false): number {
  return Math.ceil(text.length * px * (bold ? 0.62 : 0.58)) + 2;
}

export function label(
  x: number,
  y: number,
  text: string,
  opts: {
    size?: number;
    bold?: boolean;
    fill?: string;
    anchor?: 'start' | 'middle' | 'end';
    title?: string;
  } = {},
): TextShape {
  return {
    type: 'text',
    x,
    y,
    text,
    size: opts.size ?? 11,
    fill: opts.fill ?? COLOURS.text,
    ...(opts.anchor && opts.anchor !== 'start' ? { anchor: opts.anchor } : {}),
    ...(opts.bold ? { weight: 'bold' as const } : {}),
    ...(opts.title !== undefined ? { title: opts.title } : {}),
  };
}

/** Greedy placement: each label in priority order, left out where it would overlap one placed. */
export function fit<T extends { x: number; width: number; priority: number }>(
  items: T[],
  gap = 4,
): T[] {
  const placed: T[] = [];
  for (const item of [...items].sort((a, b) => b.priority - a.priority || a.x - b.x)) {
    const end = item.x + item.width;
    if (placed.some((p) => item.x < p.x + p.width + gap && end + gap > p.x)) continue;
    placed.push(item);
  }
  return placed;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worst(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (best === null || RANK[f.severity] < RANK[best]) best = f.severity;
  return best;
}

export function countsText(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return SEVERITIES.filter((s) => n(s) > 0)
    .map((s) => severityCount(s, n(s)))
    .join(' · ');
}

const MONTHS = [
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
];

export function monthName(day: number, long: boolean): string {
  const name = MONTHS[new Date(day * DAY_MS).getUTCMonth()];
  return long ? name : name.slice(0, 3);
}
