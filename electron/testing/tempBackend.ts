import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../backend';
import type { CallName, CallOutput } from '../../shared/contract/calls';

/** A real database file in a fresh temporary folder. */
export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-test-')), 'planner.sqlite3');
}

export interface TestBackend extends Backend {
  /** Calls and expects success; the failure's message otherwise, to make tests read well. */
  ok<N extends CallName>(name: N, input: unknown): CallOutput<N>;
  /** Calls and expects failure; returns the error. */
  fails(name: string, input: unknown): { code: string; message: string };
}

export function tempBackend(
  file = tempDbFile(),
  now: () => Date = () => new Date('2026-11-25T10:00:00Z'),
): TestBackend {
  const backend = openBackend(file, { source: 'test', now, log: () => undefined, create: true });
  return {
    ...backend,
    ok(name, input) {
      const result = backend.call(name, input);
      if (!result.ok)
        throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as CallOutput<typeof name>;
    },
    fails(name, input) {
      const result = backend.call(name, input);
      if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
      return result.error;
    },
  };
}

export const sampleRelease = {
  name: '4.11',
  milestones: [
    { kind: 'feature-freeze', planned: '2018-03-30' },
    { kind: 'hard-code-freeze', planned: '2018-04-13' },
    { kind: 'release', planned: '2018-06-01' },
  ],
};

/** Published in 2018: marked public, as nothing becomes public by its lift time alone. */
export const sampleAdvisory = {
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: ['CVE-2018-3639'],
  status: 'public' as const,
  predisclosureAt: '2018-05-07T12:00:00Z',
  publicAt: '2018-05-21T12:00:00Z',
  affects: ['4.11'],
  followUps: [{ summary: 'Arm SSBD control', expectedAt: '2018-06-22' }],
};
