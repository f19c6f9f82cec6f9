import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Each wall in eslint.config.mjs, tried with a file that breaks it: a rule
// that silently stopped matching (a moved folder, a renamed option) fails
// here instead of letting the house sag unnoticed.

const eslint = new ESLint({ cwd: path.resolve(__dirname, '..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, '..', file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the walls are checked by the linter', () => {
  it.each([
    [
      'shared/domain/bad.ts',
      "import fs from 'node:fs';\nexport const x = fs;\n",
      /no Node\.js built-ins/,
    ],
    [
      'shared/domain/bad.ts',
      "import path from 'path';\nexport const x = path;\n",
      /no Node\.js built-ins/,
    ],
    [
      'shared/domain/bad.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      /no Electron/,
    ],
    [
      'shared/domain/bad.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      /no React/,
    ],
    [
      'shared/domain/bad.ts',
      "import { create } from 'zustand';\nexport const x = create;\n",
      /no zustand/,
    ],
    [
      'shared/domain/bad.ts',
      "import { openBackend } from '../../electron/backend';\nexport const x = openBackend;\n",
      /not on electron\//,
    ],
    [
      'shared/domain/bad.ts',
      "import { planStore } from '../../renderer/state/usePlan';\nexport const x = planStore;\n",
      /not on renderer\//,
    ],
    [
      'shared/errors/bad.ts',
      "import { contract } from '../contract/calls';\nexport const x = contract;\n",
      /the ground floor/,
    ],
    [
      'shared/errors/bad.ts',
      "import fs from 'node:fs';\nexport const x = fs;\n",
      /no Node\.js built-ins/,
    ],
    ['shared/planning/bad.ts', 'export const t = Date.now();\n', /never reads the clock/],
    ['shared/planning/bad.ts', 'export const t = new Date();\n', /never reads the clock/],
    ['shared/planning/bad.ts', 'export const t = performance.now();\n', /never reads the clock/],
    [
      'renderer/app/bad.ts',
      "import { openBackend } from '../../electron/backend';\nexport const x = openBackend;\n",
      /through the contract/,
    ],
    [
      'renderer/app/bad.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      /through the contract/,
    ],
    [
      'electron/store/bad.ts',
      "import { handlers } from '../handlers/index';\nexport const x = handlers;\n",
      /stands below handlers\//,
    ],
    [
      'electron/store/bad.ts',
      "import { runCli } from '../cli/main';\nexport const x = runCli;\n",
      /stands below cli\//,
    ],
    [
      'electron/store/bad.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      /without Electron/,
    ],
    [
      'electron/store/bad.ts',
      "import { describeOpenFailure } from '../openFailure';\nexport const x = describeOpenFailure;\n",
      /stands below openFailure\.ts/,
    ],
    [
      'electron/store/bad.ts',
      "import { lockDown } from '../security/lockDown';\nexport const x = lockDown;\n",
      /stands below security\//,
    ],
    [
      'electron/shell/bad.ts',
      "import { slimBetterSqlite } from '../packaging/nativeModules';\nexport const x = slimBetterSqlite;\n",
      /build helpers of packaging\//,
    ],
    ['electron/store/bad.ts', 'export const t = new Date().toISOString();\n', /injected clock/],
  ])('%s: %s is refused', async (file, code, expected) => {
    expect((await problems(file, code)).join('\n')).toMatch(expected);
  });

  it('lets through what the walls allow', async () => {
    expect(
      await problems('shared/planning/ok.ts', "export const t = new Date('2018-06-05');\n"),
    ).toEqual([]);
    expect(await problems('shared/planning/ok.test.ts', 'export const t = Date.now();\n')).toEqual(
      [],
    );
    expect(
      await problems(
        'electron/handlers/ok.ts',
        "import { readSettings } from '../store/settingsTable';\nexport const x = readSettings;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'shared/errors/ok.ts',
        "import { PlannerError } from './result';\nexport const x = PlannerError;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'electron/packaging/ok.test.ts',
        "import { slimBetterSqlite } from './nativeModules';\nexport const x = slimBetterSqlite;\n",
      ),
    ).toEqual([]);
  });
});
