import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectron, stageBuiltApp } from './electronApp';

// The desktop app itself: the built main process, preload and renderer in a
// real Electron, checked from the page's side of the bridge.

const electron = findElectron();
if (!electron.ok) console.log(`[electron e2e] skipped: ${electron.reason}`);

test.describe('desktop app', () => {
  test.skip(!electron.ok, electron.ok ? '' : electron.reason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dbFile: string;

  test.beforeAll(async () => {
    if (!electron.ok) return;
    const appDir = await stageBuiltApp(electron.executable);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-electron-'));
    dbFile = path.join(data, 'planner.sqlite3');
    // Electron must start as itself, not as the plain Node the probe used.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await _electron.launch({
      executablePath: electron.executable,
      // A profile of its own, so a planner the developer has open (and its
      // single-instance lock) stays out of the way.
      args: [appDir, '--db', dbFile, '--create', `--user-data-dir=${path.join(data, 'profile')}`],
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the window shows the planner from its own files, through the app: protocol', async () => {
    await expect(page).toHaveTitle('Embargo Planner');
    await expect(page.locator('#root')).not.toBeEmpty();
    expect(page.url()).toMatch(/^app:\/\/planner\/index\.html/);
    expect(fs.existsSync(dbFile)).toBe(true);
    // Nothing outside the renderer folder is served, however the path is spelled.
    const outside = await page.evaluate(async () => {
      const statuses: string[] = [];
      for (const url of ['app://planner/%2e%2e/%2e%2e/package.json', 'file:///etc/hosts'])
        statuses.push(
          await fetch(url).then(
            (response) => String(response.status),
            () => 'blocked',
          ),
        );
      return statuses;
    });
    expect(outside.every((status) => status === 'blocked' || Number(status) >= 400)).toBe(true);
  });

  test('the bridge exposes invoke and nothing else, and it reaches the backend', async () => {
    const shape = await page.evaluate(() => {
      const bridge = (window as unknown as Record<string, Record<string, unknown>>).embargoPlanner;
      return { keys: Object.keys(bridge), invoke: typeof bridge.invoke };
    });
    expect(shape).toEqual({ keys: ['invoke'], invoke: 'function' });

    const answers = await page.evaluate(async () => {
      const bridge = (
        window as unknown as {
          embargoPlanner: { invoke(call: string, input: unknown): Promise<unknown> };
        }
      ).embargoPlanner;
      return [await bridge.invoke('plan.get', {}), await bridge.invoke('no.such.call', {})];
    });
    expect(answers[0]).toMatchObject({ ok: true });
    expect(answers[1]).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  test('the page has no Node.js', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global'].map(
        (name) => `${name}: ${typeof scope[name]}`,
      );
    });
    expect(globals).toEqual([
      'require: undefined',
      'process: undefined',
      'module: undefined',
      'Buffer: undefined',
      'global: undefined',
    ]);
  });

  test('window.open opens nothing', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('the page cannot navigate away', async () => {
    const before = page.url();
    for (const target of ['https://example.com/', 'file:///etc/hosts']) {
      await page.evaluate((url) => {
        window.location.href = url;
      }, target);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    }
  });

  test('the page reaches no network and runs no inline script', async () => {
    const fetched = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');

    // page.evaluate itself is exempt from the CSP; a script tag the page adds is not.
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inlineRan = "yes"';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.body.dataset.inlineRan === 'yes';
    });
    expect(inlineRan).toBe(false);
  });
});
