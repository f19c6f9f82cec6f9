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

const BOOT = path.resolve(__dirname, 'renderer/app/startLoading.ts');

/**
 * The boot script (renderer/app/startLoading.ts) as its own entry, named in
 * index.html ahead of the app: it asks for the plan as soon as it and its few
 * small imports are in, while the app's modules are still loading. `async`,
 * because a deferred module script would wait for the app's to run first.
 * It and its imports come first in the page, so that the browser, which
 * loads a few files at a time from one server, asks for them first.
 */
function bootScript(): Plugin {
  return {
    name: 'embargo-planner-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const boot = Object.values(ctx.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === BOOT,
        );
        if (boot?.type !== 'chunk') throw new Error('the boot script was not built');
        const preload = (file: string) => `<link rel="modulepreload" crossorigin href="./${file}">`;
        // It and its imports are the app's too: moved up from the app's preloads, not named twice.
        let page = html;
        for (const file of [boot.fileName, ...boot.imports])
          page = page.replace(new RegExp(`\\s*${preload(file)}`), '');
        const app = page.indexOf('<script type="module"');
        if (app < 0) throw new Error('index.html has no app script for the boot script to precede');
        const tags = [
          `<script type="module" crossorigin async src="./${boot.fileName}"></script>`,
          ...boot.imports.map(preload),
        ];
        return `${page.slice(0, app)}${tags.join('\n    ')}\n    ${page.slice(app)}`;
      },
    },
  };
}

// One renderer build for the desktop window (Forge) and browser mode (npm run web).
export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMetaTag(), bootScript()],
  build: {
    outDir: path.resolve(__dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { index: path.resolve(__dirname, 'renderer/index.html'), boot: BOOT },
    },
  },
});
