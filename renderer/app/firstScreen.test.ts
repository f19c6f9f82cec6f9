import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What the first screen loads is what renderer/main.tsx reaches by static
// imports; everything behind an import() comes later, when it is asked for.
// These tests walk that graph in the source, so that a static import that
// drags a dialog or the schemas back onto the first screen fails here, with
// the chain of imports that does it, rather than as a slower start.

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = 'renderer/main.tsx';

/** The modules a file imports at run time: type-only imports and import() left out. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      !statement.isTypeOnly &&
      !(
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause) &&
        statement.exportClause.elements.every((element) => element.isTypeOnly)
      )
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** A relative import as a file of the repository, or a package by its name. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return specifier.split('/')[0];
  const base = path.join(path.dirname(from), specifier);
  if (/\.(css|svg|png)$/.test(base) || base.includes('?')) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  throw new Error(`${from} imports ${specifier}, which is not there`);
}

/** Every module `entry` loads, each with the module that first imported it. */
function firstScreen(entry = ENTRY): Map<string, string | null> {
  const reached = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of runtimeImports(file)) {
      const target = resolve(file, specifier);
      if (target === null || reached.has(target)) continue;
      reached.set(target, file);
      if (target.includes('/')) queue.push(target);
    }
  }
  return reached;
}

function chain(reached: Map<string, string | null>, module: string): string {
  const steps = [module];
  for (let at = reached.get(module); at; at = reached.get(at)) steps.unshift(at);
  return steps.join(' → ');
}

describe("the boot script, which asks for the plan before the app's modules are in", () => {
  const reached = firstScreen('renderer/app/startLoading.ts');

  it('is part of the first screen too, so that the plan is asked for once', () => {
    expect(firstScreen().has('renderer/app/startLoading.ts')).toBe(true);
  });

  it('reaches the transport without React, the dates or the schemas', () => {
    expect(reached.has('renderer/api/transport.ts')).toBe(true);
    const heavy = ['react', 'react-dom', 'date-fns', '@date-fns', 'zod'];
    expect(heavy.filter((m) => reached.has(m)).map((m) => chain(reached, m))).toEqual([]);
  });
});

describe('the first screen', () => {
  const reached = firstScreen();

  it('is the timeline, reached from the entry', () => {
    expect(reached.has('renderer/timeline/Timeline.tsx')).toBe(true);
    expect(reached.has('react-dom')).toBe(true);
  });

  it('loads no schemas: zod comes with the editors and dialogs that check input', () => {
    const chains = ['zod'].filter((m) => reached.has(m)).map((m) => chain(reached, m));
    expect(chains).toEqual([]);
  });

  it('draws the plan without the planning engine, which comes in beside it', () => {
    const engine = ['shared/planning/analyser.ts', 'shared/planning/suggestions.ts'];
    expect(engine.filter((m) => reached.has(m)).map((m) => chain(reached, m))).toEqual([]);
  });

  it('loads the dialogs and the other views only when they are opened', () => {
    const onDemand = [
      'renderer/app/EditorHost.tsx',
      'renderer/app/ConfirmHost.tsx',
      'renderer/app/PlanView.tsx',
      'renderer/advisories/AdvisoryEditor.tsx',
      'renderer/releases/ReleaseEditor.tsx',
      'renderer/history/HistoryDialog.tsx',
      'renderer/exchange/ExchangeHost.tsx',
      'renderer/exchange/ImportDialog.tsx',
      'renderer/exchange/ExportDialog.tsx',
      'renderer/backups/BackupsDialog.tsx',
      'renderer/help/ShortcutsHelp.tsx',
      'renderer/templates/TemplatesManager.tsx',
      'renderer/settings/SettingsView.tsx',
      'renderer/forecast/ForecastView.tsx',
      'renderer/retrospective/RetrospectiveView.tsx',
      'renderer/timeline/toolbar/ExportImageDialog.tsx',
      'renderer/timeline/interaction/MoveLiftDialog.tsx',
      'renderer/timeline/agenda/Agenda.tsx',
      'renderer/app/FirstStart.tsx',
      'renderer/planning/NumberNotes.tsx',
      'renderer/planning/applySuggestion.ts',
      'renderer/timeline/popover/TimelinePopover.tsx',
      'renderer/timeline/popover/popoverContent.tsx',
      'renderer/common/dates.ts',
    ];
    for (const file of onDemand)
      expect(fs.existsSync(path.join(ROOT, file)), `${file} was moved: update this list`).toBe(
        true,
      );
    const loaded = onDemand.filter((m) => reached.has(m)).map((m) => chain(reached, m));
    expect(loaded).toEqual([]);
  });
});
