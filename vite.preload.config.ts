import path from 'node:path';
import { defineConfig } from 'vite';

// The preload bundle, .vite/build/preload.js. A sandboxed preload can
// require() only 'electron' (and a few Node shims), so everything else is
// inlined into one CommonJS file. Builds on its own with
// `vite build --config vite.preload.config.ts` as well as under Forge.
export default defineConfig({
  build: {
    outDir: path.resolve(__dirname, '.vite/build'),
    // main.js lands in the same folder.
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: {
      input: path.resolve(__dirname, 'electron/shell/preload.ts'),
      external: ['electron', /^electron\//],
      output: {
        format: 'cjs',
        entryFileNames: 'preload.js',
        chunkFileNames: '[name].js',
        assetFileNames: '[name].[ext]',
      },
    },
  },
});
