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
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, async: true, src: `./${boot.fileName}` },
            injectTo: 'head',
          },
          // Its imports, unless the app's own preloads name them already.
          ...boot.imports
            .filter((file) => !html.includes(`"./${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
              injectTo: 'head' as const,
            })),
        ];
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
