// `node scripts/audit-electron.mjs`: Electronegativity (Doyensec's Electron
// security scanner) over the main process and the renderer, offline. Fails
// (exit 1) on any high-severity finding, on the medium ones that undo a
// defence this app relies on, and on any file it could not parse:
// a file it cannot read is a file it did not check. Also fails on the
// renderer patterns the scanner does not look for (dangerouslySetInnerHTML,
// eval, new Function), which would undo the CSP's protection.
import console from 'node:console';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scan = require('@doyensec/electronegativity');

const FOLDERS = ['electron', 'renderer'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs|html)$/;
// Tests hold deliberately unsafe fixtures (webSecurity: false and the like).
const TEST = /\.test\.(ts|tsx)$|\/testing\//;
// This check downloads Electron's release list from GitHub; the audit runs
// offline. The Electron version is kept current by its own dependency
// updates, not by this scan.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const FAILING_SEVERITIES = new Set(['HIGH', 'CRITICAL']);
// Rated medium by the scanner, but each undoes a defence this app relies on
// (the sandbox, same-origin policy, no Node in the page, locked navigation,
// no middle-click windows).
const MUST_NOT_FIRE = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'INSECURE_CONTENT_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK',
  'REMOTE_MODULE_JS_CHECK',
  'CERTIFICATE_ERROR_EVENT_JS_CHECK',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
  // A middle click must not open a link in a new window (disableBlinkFeatures).
  'AUXCLICK_JS_CHECK',
  'AUXCLICK_HTML_CHECK',
]);
const fails = (issue) => FAILING_SEVERITIES.has(issue.severity.name) || MUST_NOT_FIRE.has(issue.id);
const RENDERER_FORBIDDEN = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML (renders text as HTML)'],
  [/(^|[^\w.])eval\s*\(/, 'eval( (runs text as code)'],
  [/new\s+Function\s*\(/, 'new Function( (runs text as code)'],
];

function sourcesOf(folder) {
  const files = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && SOURCE.test(entry.name) && !TEST.test(file)) files.push(file);
  }
  return files;
}

/** The sources to scan, copied without the tests into one folder, with the Electron version. */
function stage() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-electron-'));
  for (const name of FOLDERS)
    for (const file of sourcesOf(path.join(root, name))) {
      const target = path.join(folder, path.relative(root, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const electron = pkg.devDependencies.electron.replace(/^[^\d]*/, '');
  fs.writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({ name: 'audit', devDependencies: { electron } }),
  );
  return { folder, electron };
}

function forbiddenInRenderer() {
  const problems = [];
  for (const file of sourcesOf(path.join(root, 'renderer'))) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const [pattern, what] of RENDERER_FORBIDDEN)
        if (pattern.test(line)) problems.push(`${path.relative(root, file)}:${index + 1}: ${what}`);
    });
  }
  return problems;
}

const { folder, electron } = stage();
let result;
try {
  result = await scan(
    {
      input: folder,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electron,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: [],
    },
    false,
  );
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}

const unparsed = result.errors.filter((error) => !error.tolerable);
const failing = result.issues.filter(fails);
for (const issue of result.issues) {
  const mark = fails(issue) ? 'FAIL' : 'note';
  const review = issue.manualReview ? ' (review)' : '';
  console.log(
    `${mark} ${issue.id} ${issue.severity.name}/${issue.confidence.name}${review} ${issue.file}:${issue.location.line} ${issue.shortenedURL}`,
  );
}
for (const error of unparsed) console.log(`FAIL could not parse ${error.file}: ${error.message}`);
const forbidden = forbiddenInRenderer();
for (const line of forbidden) console.log(`FAIL ${line}`);

console.log(
  `audit-electron: Electron ${electron}, ${result.globalChecks + result.atomicChecks} checks; ` +
    `${result.issues.length} findings, ${failing.length} failing (high severity or a defence undone), ${unparsed.length} unparsed files, ` +
    `${forbidden.length} forbidden renderer patterns`,
);
process.exitCode = failing.length + unparsed.length + forbidden.length > 0 ? 1 : 0;
