import fc from 'fast-check';

// Inputs an attacker, a broken file or a confused client could send: for
// property tests of every boundary (handler inputs, importers). Values that
// JSON can carry, plus what Electron's IPC (structured clone) adds.

/** Strings that have broken parsers, databases, exports or logs somewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[2J\u001b[31m',
  '\r\n',
  'line\nbreak',
  '\u2028\u2029',
  '\ufeff',
  '\u202eevil',
  '\ud800',
  'x\udfffy',
  '😀',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../etc/passwd',
  'C:\\Windows\\win.ini',
  "'; DROP TABLE releases; --",
  '%s%n%x',
  '<script>alert(1)</script>',
  'NaN',
  'null',
  'undefined',
  '2018-02-30',
  '2019-02-29',
  '0000-00-00',
  '1969-12-31',
  '9999-12-31',
  '3000-01-01',
  '2018-06-01 ',
  '2018-05-21T24:00:00Z',
  '2018-05-21T12:00:00',
  '2018-05-21T12:00:00+99:99',
  '2999-12-31T23:59:59-23:59',
  '1970-01-01T00:00:00+00:01',
  '+275760-09-13T00:00:00.000Z',
  '2018-05-21T12:00:00.9999999Z',
  'XSA-0',
  'XSA-263',
  'xsa-263',
  'XSA-99999999999999999999',
  'CVE-2018-3639',
  'CVE-18-1',
  '4.11',
  ' 4.11 ',
  'release',
  'thaw',
  'embargoed',
  'team',
  'A'.repeat(301),
  'B'.repeat(20_001),
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const oddCharacter = fc.oneof(
  fc.constantFrom('\u0000', '\u0007', '\u000b', '\u001f', '\u007f', '\n', '\t', '\u00a0', '\u200b'),
  loneSurrogate,
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

/** Date-shaped text around the edges: real, impossible, far past and far future. */
const dateLike = fc
  .tuple(
    fc.integer({ min: -1000, max: 300_000 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.boolean(),
  )
  .map(([year, month, day, withTime]) => {
    const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
    const date = `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return withTime ? `${date}T12:00:00Z` : date;
  });

/** Up to a mebibyte: big enough to find a quadratic step or an echo of the whole input. */
const hugeString = fc.constantFrom('H'.repeat(1 << 20), 'é'.repeat(300_000), '[{'.repeat(50_000));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ unit: oddCharacter, maxLength: 20 }) },
  { weight: 2, arbitrary: dateLike },
  { weight: 1, arbitrary: hugeString },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    1e21,
    1e308,
    Number.MIN_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
);

/** Keys that collide with Object.prototype, and the field names the schemas use. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'id',
    'revision',
    'name',
    'key',
    'title',
    'notes',
    'status',
    'milestones',
    'followUps',
    'affects',
    'cves',
    'publicAt',
    'predisclosureAt',
    'content',
    'fileName',
    'profile',
    'holidays',
    'format',
    'version',
    'xsas',
  ),
  fc.string({ maxLength: 8 }),
);

/** An object with own properties, `__proto__` included, as JSON.parse and structured clone make them. */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries);
}

const { value: jsonish } = fc.letrec<{
  value: unknown;
  array: unknown[];
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 6 }).map(objectOf),
}));

/** Any value a JSON body can carry, mostly hostile ones (NaN and infinities too: a client may send them). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: jsonish },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** What IPC's structured clone carries and JSON does not. */
export const ipcOnlyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Map([['id', 1]])),
  fc.constant(new Set([1])),
  fc.constant(new Uint8Array([1, 2, 3])),
  fc.constant(Object.create(null) as object),
);

type Path = (string | number)[];

/** Arrays and plain objects, the containers JSON makes; a Map or a typed array is a leaf. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (isPlainObject(value))
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
    ];
  return here;
}

type Change = 'replace' | 'delete' | 'add' | 'duplicate' | 'splice';

/**
 * Text edited rather than replaced: a hostile piece put in at some place,
 * or a stretch cut out, so that a file format inside a string (an .ics
 * file, a mail, JSON) stays nearly whole and its parser gets past line one.
 */
function splice(text: string, at: number, piece: unknown): string {
  const place = text.length === 0 ? 0 : at % (text.length + 1);
  if (typeof piece === 'string') return text.slice(0, place) + piece + text.slice(place);
  return text.slice(0, place) + text.slice(place + 1 + (at % 64));
}

function setAt(
  root: unknown,
  path: Path,
  change: Change,
  key: string,
  value: unknown,
  at: number,
): unknown {
  if (path.length === 0) {
    if (change === 'splice' && typeof root === 'string') return splice(root, at, value);
    if (change === 'replace' || change === 'splice') return value;
    if (Array.isArray(root)) {
      if (change === 'duplicate' && root.length > 0) return [...root, root[0]];
      return [...root, value];
    }
    if (isPlainObject(root)) return { ...root, ...objectOf([[key, value]]) };
    return value;
  }
  const [head, ...rest] = path;
  const container = root as Record<string | number, unknown>;
  if (rest.length === 0 && change === 'delete') {
    if (Array.isArray(container)) {
      container.splice(Number(head), 1);
      return root;
    }
    return Object.fromEntries(Object.entries(container).filter(([name]) => name !== String(head)));
  }
  container[head] = setAt(container[head], rest, change, key, value, at);
  return root;
}

/**
 * Valid input, broken in one to three places: a field replaced by a hostile
 * value, removed, a key added (`__proto__` among them), a list item doubled,
 * a piece of text cut out or put in.
 * Reaches the checks behind the first field a random value would fail.
 */
export function mutationsOf(valid: unknown, value = hostileValue): fc.Arbitrary<unknown> {
  const change = fc.tuple(
    fc.nat(),
    fc.constantFrom<Change>('replace', 'replace', 'delete', 'add', 'duplicate', 'splice', 'splice'),
    hostileKey,
    value,
    fc.nat(),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let result: unknown = structuredClone(valid);
    for (const [pick, kind, key, replacement, at] of changes) {
      const paths = pathsOf(result);
      result = setAt(result, paths[pick % paths.length], kind, key, replacement, at);
    }
    return result;
  });
}
