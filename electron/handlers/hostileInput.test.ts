import Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../shared/contract/calls';
import { dispatch } from '../../shared/contract/dispatch';
import type { Result } from '../../shared/errors/result';
import {
  hostileKey,
  hostileString,
  hostileValue,
  ipcOnlyValue,
  mutationsOf,
} from '../../shared/testing/hostileValues';
import { openBackend, type Backend } from '../backend';
import { freeText } from '../../shared/testing/importFiles';
import { sampleAdvisory, sampleRelease, tempDbFile } from '../testing/tempBackend';

// Every call of the contract, fed inputs nobody should send. Each must be
// refused with a specific message (never 'internal', and never 'database':
// the file is healthy, so a SQLite error means input reached it unchecked)
// and write nothing; or be accepted, stored and read back as the contract
// normalised it. Nothing may escape dispatch as an exception.

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'), 'utf8');
const RUNS_PER_CALL = 100;

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'X-WR-CALNAME:Holidays',
  'BEGIN:VEVENT',
  'UID:xmas',
  'DTSTART;VALUE=DATE:20261225',
  'SUMMARY:Christmas Day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:break',
  'DTSTART;VALUE=DATE:20261228',
  'DTEND;VALUE=DATE:20261231',
  'SUMMARY:Company break\\, all offices',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const MAIL = [
  'Subject: Xen Security Advisory 263 v3 (CVE-2018-3639) - Speculative Store Bypass',
  'Date: Mon, 21 May 2018 21:00:00 +0000',
  '',
  '                    Xen Security Advisory CVE-2018-3639 / XSA-263',
  '                                   version 3',
  '',
  '                          Speculative Store Bypass',
  '',
  'ISSUE DESCRIPTION',
  '=================',
  '',
  'A processor may speculatively read a stale value.',
].join('\n');

/** Valid inputs to start mutations from; a call not listed starts from `{}`. */
const EXAMPLES: Partial<Record<CallName, unknown>> = {
  'releases.get': { id: 1 },
  'releases.create': { ...sampleRelease, name: '9.0' },
  'releases.update': { id: 1, revision: 1, name: '4.10.1', milestones: sampleRelease.milestones },
  'releases.delete': { id: 2, revision: 1 },
  'advisories.get': { id: 1 },
  'advisories.create': { ...sampleAdvisory, key: 'XSA-900', affects: ['4.11'] },
  'advisories.update': {
    id: 1,
    revision: 1,
    title: 'retitled',
    notes: 'n',
    followUps: [{ summary: 'f', expectedAt: '2018-06-22' }],
  },
  'advisories.delete': { id: 3, revision: 1 },
  'settings.update': { revision: 1, holidays: ['2018-12-25'], warnWindowDays: 7 },
  'exchange.import': { content: SAMPLE, fileName: 'plan.json', preview: true },
  'exchange.exportBundle': { profile: 'team' },
  'backups.restore': { name: 'planner.2026-11-25T10-00-00-000Z.v1.manual.sqlite3' },
  'calendars.importHolidays': { content: ICS, fileName: 'holidays.ics' },
  'calendars.importReference': { content: ICS, fileName: 'holidays.ics', name: 'Holidays' },
  'calendars.exportIcs': { profile: 'team', release: '4.11' },
  'calendars.scheduleMail': { release: '4.11', profile: 'predisclosure' },
  'calendars.exportPicture': { profile: 'predisclosure', release: '4.11', width: 1200 },
  'advisories.parsePaste': { text: MAIL },
  'templates.create': {
    name: 'Quarterly',
    milestones: [{ kind: 'feature-freeze', label: null, offsetDays: -28 }],
  },
  'templates.update': { id: 1, revision: 1, name: 'Monthly', milestones: [] },
  'templates.delete': { id: 1, revision: 1 },
  'releases.createFromTemplate': {
    name: '9.1',
    template: 'Xen 4.16 style',
    releaseDate: '2030-03-05',
  },
  'releases.commitBaseline': { id: 1, revision: 1 },
};

let file = '';
let backend: Backend;
let reader: Database.Database;
const tried = new Map<string, number>();
const outcomes = { refused: 0, accepted: 0 };

beforeAll(() => {
  file = tempDbFile();
  backend = openBackend(file, {
    source: 'test',
    create: true,
    now: () => new Date('2026-11-25T10:00:00Z'),
    log: (message) => {
      throw new Error(`logged: ${message}`);
    },
  });
  const imported = backend.call('exchange.import', { content: SAMPLE, fileName: 'plan.json' });
  expect(imported.ok).toBe(true);
  // A second connection, as another process would have: it sees only committed writes.
  reader = new Database(file, { readonly: true });
});

afterAll(() => {
  reader.close();
  backend.close();
  const total = [...tried.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `hostile handler inputs: ${total} tried over ${tried.size} calls (${outcomes.refused} refused, ${outcomes.accepted} accepted and read back)`,
  );
});

/** Changes whenever any other connection commits: "nothing written" without a full dump. */
function dataVersion(): number {
  return reader.pragma('data_version', { simple: true }) as number;
}

/** Every row of every table, for a full comparison now and then. */
function dump(): string {
  const tables = reader
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, reader.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

type Entity = { id: number; revision: number };

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && 'id' in value && 'revision' in value;
}

/** What was written is what a later read returns, and the text is as typed (after trimming names). */
function expectReadBack(name: CallName, input: unknown, value: unknown): void {
  const kind = name.split('.')[0];
  if (/\.(create|update)$/.test(name) && isEntity(value) && `${kind}.get` in contract) {
    const again = backend.call(`${kind}.get`, { id: value.id });
    expect(again).toEqual({ ok: true, value });
  }
  if (name === 'settings.update')
    expect(backend.call('settings.get', {})).toEqual({ ok: true, value });
  if (name === 'releases.create' || name === 'advisories.create') {
    const parsed = contract[name].input.parse(input) as Record<string, unknown>;
    const stored = value as Record<string, unknown>;
    for (const field of ['name', 'key', 'title', 'notes', 'cves', 'publicAt', 'predisclosureAt'])
      if (field in parsed) expect(stored[field]).toEqual(parsed[field]);
  }
}

/** One input through the real transport path: the checks every call gets. */
function tryInput(name: CallName, input: unknown, fullCompare: boolean): void {
  tried.set(name, (tried.get(name) ?? 0) + 1);
  const version = dataVersion();
  const before = fullCompare ? dump() : '';
  let result: Result<unknown> | undefined;
  expect(() => {
    result = backend.call(name, input);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  if (result.ok) {
    outcomes.accepted += 1;
    expectReadBack(name, input, result.value);
    return;
  }
  outcomes.refused += 1;
  const { code, message } = result.error;
  expect(code, `${name}: ${message}`).not.toBe('internal');
  expect(code, `${name}: ${message}`).not.toBe('database');
  expect(message.length).toBeGreaterThan(0);
  // Specific, and short whatever was sent: no echo of a megabyte of input.
  expect(message.length, message.slice(0, 200)).toBeLessThan(4000);
  expect(dataVersion(), `${name} wrote although it failed`).toBe(version);
  if (fullCompare) expect(dump()).toBe(before);
}

const callNames = Object.keys(contract) as CallName[];

describe('every call refuses hostile input or stores it exactly', () => {
  it('covers the whole contract', () => {
    expect(callNames.length).toBeGreaterThan(15);
  });

  for (const name of callNames) {
    it(`${name}`, () => {
      const base = EXAMPLES[name] ?? {};
      const input = fc.oneof(
        { weight: 3, arbitrary: mutationsOf(base) },
        { weight: 2, arbitrary: hostileValue },
        { weight: 1, arbitrary: mutationsOf(base, ipcOnlyValue) },
      );
      let n = 0;
      fc.assert(
        fc.property(input, (value) => tryInput(name, value, n++ % 10 === 0)),
        { numRuns: RUNS_PER_CALL },
      );
    });
  }
});

describe('free text', () => {
  it('is stored and read back exactly as typed, or refused naming its field', () => {
    const texts = fc.record({
      title: freeText,
      notes: freeText,
      summary: freeText,
      label: freeText,
    });
    let n = 0;
    fc.assert(
      fc.property(texts, ({ title, notes, summary, label }) => {
        n += 1;
        const key = `XSA-${5000 + n}`;
        const release = {
          name: `text-${n}`,
          milestones: [{ kind: 'custom', planned: '2030-01-01', label }],
        };
        const advisory = {
          key,
          title,
          notes,
          publicAt: '2030-06-01T12:00:00Z',
          followUps: [{ summary }],
        };
        for (const [name, input] of [
          ['releases.create', release],
          ['advisories.create', advisory],
        ] as const) {
          tried.set(`${name} (text)`, (tried.get(`${name} (text)`) ?? 0) + 1);
          const version = dataVersion();
          const result = backend.call(name, input);
          if (result.ok) {
            const again = backend.call(name.replace('create', 'get'), {
              id: (result.value as Entity).id,
            });
            expect(again).toEqual(result);
            if (name === 'advisories.create') {
              const value = result.value as {
                title: string;
                notes: string;
                followUps: { summary: string }[];
              };
              expect(value.title).toBe(title);
              expect(value.notes).toBe(notes);
              expect(value.followUps[0].summary).toBe(summary.trim());
            } else {
              const value = result.value as { milestones: { label: string | null }[] };
              expect(value.milestones[0].label).toBe(label);
            }
          } else {
            expect(result.error.code).toBe('invalid_input');
            expect(result.error.message).toMatch(
              /^(title|notes|followUps\[0\]\.summary|milestones\[0\]\.label): /,
            );
            expect(dataVersion()).toBe(version);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('dispatch itself', () => {
  it('answers any call name with a typed result, never an exception', () => {
    const handlers = {} as Parameters<typeof dispatch>[0];
    const name = fc.oneof(
      hostileString,
      hostileKey,
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
      hostileValue,
    );
    fc.assert(
      fc.property(name, hostileValue, (call, input) => {
        tried.set('(call names)', (tried.get('(call names)') ?? 0) + 1);
        const result = dispatch(handlers, call, input, () => undefined);
        if (typeof call === 'string' && call in contract) return;
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
        if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
      }),
      { numRuns: 300 },
    );
  });
});
