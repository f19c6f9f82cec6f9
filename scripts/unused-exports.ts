// Lists the exports nothing uses: `npx tsx scripts/unused-exports.ts`.
// Over the whole project (tests included, as users), an export is
//   dead        when no file, its own included, names it;
//   local only  when only its own file does (the `export` can go).
// Entry points and configuration files are skipped: their exports are read
// by tools, not by imports. Exits 1 when anything is dead.

import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) =>
  ts.sys.readFile(file),
);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();

/** Read by tools rather than imported: configs, entry points, the benches and end-to-end specs. */
const SKIPPED = [
  /^[^/]+\.(ts|mts)$/,
  /^e2e\//,
  /^bench\//,
  /^scripts\//,
  /(^|\/)main\.tsx?$/,
  /\/preload\.ts$/,
  /\/icsWorker\.ts$/,
  /\.d\.ts$/,
];

const sources = program
  .getSourceFiles()
  .filter((file) => !file.isDeclarationFile && !path.relative(root, file.fileName).startsWith('..'))
  .filter((file) => !file.fileName.includes('node_modules'));

function resolved(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** For every symbol, the files that name it other than where it is declared. */
const users = new Map<ts.Symbol, Set<string>>();
function use(symbol: ts.Symbol, file: ts.SourceFile): void {
  for (const target of new Set([symbol, resolved(symbol)])) {
    const set = users.get(target) ?? new Set<string>();
    set.add(file.fileName);
    users.set(target, set);
  }
}
for (const file of sources) {
  const visit = (node: ts.Node): void => {
    // import('./View'): whatever the module exports may be taken (React.lazy takes its default).
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1
    ) {
      const target = checker.getSymbolAtLocation(node.arguments[0]);
      if (target) for (const exported of checker.getExportsOfModule(target)) use(exported, file);
    }
    // { list, check }: the shorthand names the value, not only the property.
    if (ts.isShorthandPropertyAssignment(node)) {
      const value = checker.getShorthandAssignmentValueSymbol(node);
      if (value) use(value, file);
    }
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      const parent = node.parent;
      const isDeclarationName =
        parent !== undefined &&
        (ts.isFunctionDeclaration(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isInterfaceDeclaration(parent) ||
          ts.isTypeAliasDeclaration(parent) ||
          ts.isVariableDeclaration(parent) ||
          ts.isEnumDeclaration(parent)) &&
        parent.name === node;
      // An import or export specifier names its symbol without using it.
      const isSpecifier =
        parent !== undefined && (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent));
      if (symbol && !isDeclarationName && !isSpecifier) use(symbol, file);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const dead: string[] = [];
const localOnly: string[] = [];
for (const file of sources) {
  const relative = path.relative(root, file.fileName);
  if (SKIPPED.some((pattern) => pattern.test(relative)) || /\.test\.tsx?$/.test(relative)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = resolved(exported);
    const declaration = symbol.declarations?.[0];
    // Re-exports are judged where they are declared.
    if (!declaration || declaration.getSourceFile() !== file) continue;
    const line = file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    const where = `${relative}:${line} ${exported.getName()}`;
    const named = users.get(symbol) ?? new Set<string>();
    if (named.size === 0) dead.push(where);
    else if (named.size === 1 && named.has(file.fileName)) localOnly.push(where);
  }
}

console.log(`dead exports (${dead.length}):`);
for (const line of dead) console.log(`  ${line}`);
console.log(`exports used only in their own file (${localOnly.length}):`);
for (const line of localOnly) console.log(`  ${line}`);
process.exitCode = dead.length > 0 ? 1 : 0;
