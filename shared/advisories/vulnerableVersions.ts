// Which versions an advisory's VULNERABLE SYSTEMS section names, and so which
// of the plan's releases must carry the fix. Xen writes it in sentences:
// "All Xen versions from at least 3.2 onwards are vulnerable.", "Xen 4.14
// and later are vulnerable.", "Xen versions 4.9 through 4.17 are
// vulnerable.", "Only Xen 4.17 is vulnerable.", "Xen 4.15 and older are
// not vulnerable." Sentences that deny ("not vulnerable") are skipped, and
// so are those that name no version ("Only x86 systems are vulnerable").

/** Inclusive bounds on major.minor; null is open. */
export interface VersionRange {
  from: string | null;
  to: string | null;
}

export interface VulnerableVersions {
  /** The sentences the ranges were read from, for the report. */
  sentences: string[];
  ranges: VersionRange[];
}

const VERSION = String.raw`(\d{1,3}\.\d{1,3})(?:\.(?:\d{1,3}|x))*`;
const XEN = String.raw`(?:xen\s+)?(?:versions?\s+)?`;
const LATER = String.raw`(?:and|or)\s+(?:later|newer|onwards?|above|up|higher|subsequent(?:\s+versions?)?)`;
const EARLIER = String.raw`(?:and|or)\s+(?:earlier|older|before|below|prior)`;

const PATTERNS: { re: RegExp; range: (m: RegExpExecArray) => VersionRange }[] = [
  {
    re: new RegExp(
      `${VERSION}\\s*(?:through|thru|to|until|up\\s+to|–|-|\\.\\.)\\s*${XEN}${VERSION}`,
      'gi',
    ),
    range: (m) => ({ from: m[1], to: m[2] }),
  },
  {
    re: new RegExp(`${VERSION}\\s+${LATER}`, 'gi'),
    range: (m) => ({ from: m[1], to: null }),
  },
  {
    re: new RegExp(
      `(?:from|since|starting\\s+(?:with|from))\\s+(?:at\\s+least\\s+)?${XEN}${VERSION}(?:\\s+onwards?)?`,
      'gi',
    ),
    range: (m) => ({ from: m[1], to: null }),
  },
  { re: new RegExp(`${VERSION}\\s+onwards?`, 'gi'), range: (m) => ({ from: m[1], to: null }) },
  { re: new RegExp(`${VERSION}\\s+${EARLIER}`, 'gi'), range: (m) => ({ from: null, to: m[1] }) },
  {
    re: new RegExp(`up\\s+to\\s+(?:and\\s+including\\s+)?${XEN}${VERSION}`, 'gi'),
    range: (m) => ({ from: null, to: m[1] }),
  },
  { re: new RegExp(VERSION, 'gi'), range: (m) => ({ from: m[1], to: m[1] }) },
];

const AFFIRMS = /\b(?:vulnerable|affected)\b/i;
const DENIES =
  /\b(?:not|never)\b[^,;]{0,24}\b(?:vulnerable|affected)\b|\b(?:unaffected|invulnerable|non-?vulnerable)\b|\bno\s+(?:xen\s+)?versions?\b/i;
/** Versions of something else (the guest's kernel, QEMU) are no Xen releases. */
const OTHER_PRODUCT = /\b(?:linux|qemu|freebsd|netbsd|openbsd|windows)\b/i;
const XEN_NAMED = /\bxen\b/i;
const ALL_VERSIONS =
  /\ball\s+(?:xen\s+)?versions\b|\ball\s+versions\s+of\s+xen\b|\bevery\s+(?:xen\s+)?version\b/i;

/** Sentences end at a full stop followed by white space (not the one inside "4.17"). */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The versions a VULNERABLE SYSTEMS section says are vulnerable; null when it names none. */
export function readVulnerableVersions(section: string): VulnerableVersions | null {
  const found: VulnerableVersions = { sentences: [], ranges: [] };
  for (const sentence of sentences(section.slice(0, 20_000))) {
    if (!AFFIRMS.test(sentence) || DENIES.test(sentence)) continue;
    if (OTHER_PRODUCT.test(sentence) && !XEN_NAMED.test(sentence)) continue;
    const ranges: VersionRange[] = [];
    let rest = sentence;
    for (const { re, range } of PATTERNS) {
      re.lastIndex = 0;
      rest = rest.replace(re, (...args) => {
        ranges.push(range(args.slice(0, -2) as unknown as RegExpExecArray));
        return ' ';
      });
    }
    if (ranges.length === 0 && ALL_VERSIONS.test(sentence)) ranges.push({ from: null, to: null });
    if (ranges.length === 0) continue;
    found.sentences.push(sentence);
    found.ranges.push(...ranges);
  }
  return found.ranges.length === 0 ? null : found;
}

/** [4, 17] for "4.17", "4.17.2", "Xen 4.17"; null for a name that is no version. */
function versionOf(name: string): [number, number] | null {
  const match = /(?<![\d.])(\d{1,3})\.(\d{1,3})(?![\d])/.exec(name);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const compare = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

function within(version: [number, number], range: VersionRange): boolean {
  const from = range.from === null ? null : versionOf(range.from);
  const to = range.to === null ? null : versionOf(range.to);
  return (
    (from === null || compare(version, from) >= 0) && (to === null || compare(version, to) <= 0)
  );
}

/**
 * The release names (of `names`, in their order) whose version falls in one
 * of the ranges: "4.17" and "4.17.1" are both Xen 4.17.
 */
export function releasesInRanges(
  ranges: readonly VersionRange[],
  names: readonly string[],
): string[] {
  return names.filter((name) => {
    const version = versionOf(name);
    return version !== null && ranges.some((range) => within(version, range));
  });
}

/** Whether any of the names reads as a version at all. */
export function namesVersions(names: readonly string[]): boolean {
  return names.some((name) => versionOf(name) !== null);
}

/** "4.14 and later", "4.9 to 4.17", "4.17", "all versions". */
export function rangeText(range: VersionRange): string {
  if (range.from === null && range.to === null) return 'all versions';
  if (range.to === null) return `${range.from} and later`;
  if (range.from === null) return `${range.to} and earlier`;
  return range.from === range.to ? range.from : `${range.from} to ${range.to}`;
}
