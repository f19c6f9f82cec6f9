import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Each component's style sheet sits beside it and is loaded with it; the
// views and dialogs load when first opened. So a class a component names is
// styled only if a sheet that styles it is loaded whenever that component
// is: imported by the component, by what it imports, or by every way there
// is to reach it. These tests read the source: a class whose sheet comes
// only with some other screen fails here, not as an unstyled button.

const ROOT = path.resolve(__dirname, '..');
const RENDERER = path.join(ROOT, 'renderer');
const BASE = 'renderer/styles.css';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [path.relative(ROOT, full)];
  });
}

const files = walk(RENDERER);
const modules = files.filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const sheets = files.filter((f) => f.endsWith('.css'));
const sources = new Map(
  modules.map((f) => [
    f,
    ts.createSourceFile(
      f,
      fs.readFileSync(path.join(ROOT, f), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    ),
  ]),
);

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.join(path.dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (files.includes(candidate)) return candidate;
  return null;
}

/** What a module imports: statically (its sheets among them) and with import(). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const target = resolve(file, node.moduleSpecifier.text);
      if (target) found.static.push(target);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = resolve(file, node.arguments[0].text);
      if (target) found.dynamic.push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(sources.get(file)!);
  return found;
}

const imports = new Map(modules.map((f) => [f, importsOf(f)]));

/** The sheets a module loads itself: its own imports and theirs, not what is behind import(). */
function ownSheets(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const result = new Set<string>();
  for (const target of imports.get(file)?.static ?? []) {
    if (target.endsWith('.css')) result.add(target);
    else for (const sheet of ownSheets(target, seen)) result.add(sheet);
  }
  return result;
}

/**
 * The sheets loaded whenever a module is: its own, and those every module
 * that imports it (statically or with import()) is sure to have.
 */
function guaranteedSheets(): Map<string, Set<string>> {
  const importers = new Map<string, string[]>(modules.map((f) => [f, []]));
  for (const [from, { static: s, dynamic: d }] of imports)
    for (const to of [...s, ...d]) if (importers.has(to)) importers.get(to)!.push(from);
  const own = new Map(modules.map((f) => [f, ownSheets(f)]));
  const all = new Set(sheets);
  const sure = new Map(modules.map((f) => [f, f === 'renderer/main.tsx' ? own.get(f)! : all]));
  for (let changed = true; changed;) {
    changed = false;
    for (const file of modules) {
      if (file === 'renderer/main.tsx' || importers.get(file)!.length === 0) continue;
      const shared = importers
        .get(file)!
        .map((i) => sure.get(i)!)
        .reduce((a, b) => new Set([...a].filter((s) => b.has(s))));
      const next = new Set([...own.get(file)!, ...shared]);
      if (next.size !== sure.get(file)!.size) {
        sure.set(file, next);
        changed = true;
      }
    }
  }
  return sure;
}

/** The classes a className names for certain: whole words of its strings, not parts joined to ${}. */
function classNames(file: string): Set<string> {
  const names = new Set<string>();
  const add = (text: string, joinedLeft: boolean, joinedRight: boolean) => {
    const words = text.split(/\s+/);
    words.forEach((word, i) => {
      if (!word) return;
      if (i === 0 && joinedLeft) return;
      if (i === words.length - 1 && joinedRight) return;
      names.add(word);
    });
  };
  const strings = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      add(node.text, false, false);
    else if (ts.isTemplateExpression(node)) {
      add(node.head.text, false, !/\s$/.test(node.head.text));
      node.templateSpans.forEach((span, i) => {
        strings(span.expression);
        const last = i === node.templateSpans.length - 1;
        add(
          span.literal.text,
          !/^\s/.test(span.literal.text),
          !last && !/\s$/.test(span.literal.text),
        );
      });
      return;
    }
    ts.forEachChild(node, strings);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && node.name.getText() === 'className' && node.initializer)
      strings(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sources.get(file)!);
  return names;
}

interface Styles {
  /** Each class any selector mentions, with the sheets that mention it. */
  mentioned: Map<string, Set<string>>;
  /** Selectors of one element and no context ('.a', '.a.b:hover'): their classes, and their sheet. */
  own: { classes: string[]; sheet: string }[];
}

function styles(): Styles {
  const mentioned = new Map<string, Set<string>>();
  const own: Styles['own'] = [];
  for (const sheet of sheets) {
    const text = fs.readFileSync(path.join(ROOT, sheet), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // A selector list is what comes before a '{', since the last '{', '}' or ';'.
    for (const [, list] of text.matchAll(/([^{};]*)\{/g)) {
      if (list.trim().startsWith('@')) continue;
      for (const selector of list.split(/,(?![^(]*\))/).map((s) => s.trim())) {
        const outside = selector.replace(/\([^)]*\)/g, '');
        const classes = [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
        for (const name of classes) {
          if (!mentioned.has(name)) mentioned.set(name, new Set());
          mentioned.get(name)!.add(sheet);
        }
        if (classes.length > 0 && !/[\s>+~]|:has/.test(outside)) own.push({ classes, sheet });
      }
    }
  }
  return { mentioned, own };
}

describe('style sheets', () => {
  it('load with every component whose classes they style', () => {
    const sure = guaranteedSheets();
    const { mentioned, own } = styles();
    const unstyled: string[] = [];
    for (const file of modules.filter((f) => f.endsWith('.tsx'))) {
      const loaded = new Set([...sure.get(file)!, BASE]);
      const names = classNames(file);
      // What styles an element with these classes, in any sheet, must come with it.
      for (const rule of own)
        if (rule.classes.every((c) => names.has(c)) && !loaded.has(rule.sheet))
          unstyled.push(`${file}: .${rule.classes.join('.')} is styled in ${rule.sheet}`);
      // A class styled only in context (.panel-header .button) needs one of its sheets.
      for (const name of names) {
        const by = mentioned.get(name);
        if (by && ![...by].some((sheet) => loaded.has(sheet)))
          unstyled.push(`${file}: .${name} is styled only in ${[...by].join(', ')}`);
      }
    }
    expect([...new Set(unstyled)]).toEqual([]);
  });

  it('take their colours and sizes from the tokens of the shared sheet', () => {
    const base = fs.readFileSync(path.join(ROOT, BASE), 'utf8');
    const defined = new Set([...base.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const missing: string[] = [];
    for (const sheet of sheets) {
      const text = fs.readFileSync(path.join(ROOT, sheet), 'utf8');
      for (const [, name] of text.matchAll(/var\((--[\w-]+)/g))
        if (!defined.has(name) && !new RegExp(`${name}\\s*:`).test(text))
          missing.push(`${sheet}: ${name}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('knows which sheets come with a view loaded on demand, and which do not', () => {
    // The check's own reasoning: the forecast's sheet is not on the first screen, and the
    // forecast, opened from the app, has the header's.
    const sure = guaranteedSheets();
    expect(sure.get('renderer/app/Header.tsx')!.has('renderer/forecast/forecast.css')).toBe(false);
    expect(sure.get('renderer/forecast/ForecastView.tsx')!.has('renderer/app/Header.css')).toBe(
      true,
    );
  });
});
