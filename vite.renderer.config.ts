import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// One renderer build for the desktop window (Forge) and browser mode (npm run web).
export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(__dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
