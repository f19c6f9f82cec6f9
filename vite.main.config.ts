import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

// The main-process bundle, .vite/build/main.js, and the worker that reads
// calendar files, icsWorker.js. Forge's Vite plugin merges its own settings
// over this (the MAIN_WINDOW_* defines, watch mode under
// `start`); everything the build needs is here too, so that
// `vite build --config vite.main.config.ts` builds the same bundle on its own.
export default defineConfig({
  build: {
    outDir: path.resolve(__dirname, '.vite/build'),
    // preload.js lands in the same folder.
    emptyOutDir: false,
    target: 'node22',
    // Readable stack traces in a user's bug report matter more than 200 kB.
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        main: path.resolve(__dirname, 'electron/shell/main.ts'),
        // Calendar files are read in a worker thread (electron/calendars/readIcsInWorker.ts).
        icsWorker: path.resolve(__dirname, 'electron/calendars/icsWorker.ts'),
      },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      // better-sqlite3 loads a compiled .node file that cannot be bundled; it
      // stays a require() and forge.config.ts copies it into the package.
      external: [
        'electron',
        /^electron\//,
        'better-sqlite3',
        ...builtinModules.flatMap((name) => [name, `node:${name}`]),
      ],
    },
  },
  resolve: {
    // Node's entry points of dual packages, not their browser builds.
    conditions: ['node'],
    mainFields: ['module', 'jsnext:main', 'jsnext'],
  },
});
