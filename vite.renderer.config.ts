import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security/csp';

/**
 * The CSP also as a meta tag in built pages: a backstop for the desktop
 * window, where response headers may not reach file:// pages. Not in dev,
 * where Vite's client injects inline code.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'embargo-planner-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          // frame-ancestors is ignored in a meta tag; the header carries it.
          content: CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]+/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// One renderer build for the desktop window (Forge) and browser mode (npm run web).
export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: path.resolve(__dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
