// `npm test` runs this first. `electron-forge start` rebuilds better-sqlite3
// in place for Electron's ABI, after which plain Node (vitest, the CLI, the
// browser mode) cannot load it. If that is what happened, rebuild it for this
// Node and say so; when it already loads, do nothing, quietly and quickly.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = 'better-sqlite3';
const PROBE = `const Database = require(${JSON.stringify(MODULE)}); new Database(':memory:').close();`;

// Messages of an addon built for another runtime, platform or architecture,
// or of a build that is missing or cut short (an interrupted rebuild deletes
// build/ first); any failure to open the addon file itself counts.
const MISBUILT = [
  /better_sqlite3\.node/,
  /NODE_MODULE_VERSION/,
  /compiled against a different Node\.js version/,
  /invalid ELF header/,
  /wrong ELF class/,
  /Could not locate the bindings file/,
  /not a valid Win32 application/,
  /incompatible architecture/,
  /mach-o/i,
];

function probeHere() {
  try {
    const require = createRequire(path.join(root, 'package.json'));
    const Database = require(MODULE);
    new Database(':memory:').close();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// After a rebuild, in a fresh process: this one may still hold the old addon.
function probeInChild() {
  const result = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? null : result.stderr || result.error?.message || 'failed';
}

function npm(args) {
  const npmCli = process.env.npm_execpath;
  const [command, prefix] =
    npmCli && /npm-cli\.c?js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: command === 'npm' && process.platform === 'win32',
  });
  return result.status === 0;
}

const firstLine = (text) => text.split('\n').find((line) => line.trim() !== '') ?? text;

const problem = probeHere();
if (problem === null) process.exit(0);

if (!MISBUILT.some((pattern) => pattern.test(problem))) {
  console.error(
    `ensure-native-for-node: ${MODULE} does not load, for a reason a rebuild will not fix:`,
  );
  console.error(problem);
  if (/Cannot find module/.test(problem)) console.error('Install the dependencies first: npm ci');
  process.exit(1);
}

console.log(
  `ensure-native-for-node: ${MODULE} does not load in Node ${process.version} ` +
    `(NODE_MODULE_VERSION ${process.versions.modules}): ${firstLine(problem)}`,
);
console.log(
  'ensure-native-for-node: built for Electron by `electron-forge start` (or a build cut short); rebuilding it for Node.',
);

// A prebuilt binary when the network allows, else from source (needs a C++
// toolchain, and Node's headers, which npm finds through its nodedir setting).
const attempts = [
  ['rebuild', MODULE],
  ['rebuild', MODULE, '--build-from-source'],
];
let remaining = problem;
for (const args of attempts) {
  console.log(`ensure-native-for-node: npm ${args.join(' ')}`);
  npm(args);
  remaining = probeInChild();
  if (remaining === null) {
    console.log(`ensure-native-for-node: ${MODULE} now loads in Node ${process.version}.`);
    process.exit(0);
  }
}
console.error(`ensure-native-for-node: ${MODULE} still does not load after rebuilding:`);
console.error(remaining);
process.exit(1);
