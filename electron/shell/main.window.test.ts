import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import {
  FakeWebContents,
  launch,
  plannerFile,
  tempDir,
  useFakeElectron,
} from '../testing/fakeElectron';

// The Electron glue in main.ts, run against a stand-in for the electron
// module (electron/testing/fakeElectron): this machine has no Electron binary,
// and the wiring (which check guards which door) is what these tests are
// about. e2e/electron runs the real thing where Electron exists.
// Here: the window it opens, where its web contents may go, what reaches the
// network, and the app: protocol that serves the renderer.

useFakeElectron();

describe('the Electron main process', () => {
  it('opens the database and a locked-down window on the built renderer', async () => {
    const dbFile = path.join(tempDir(), 'planner.sqlite3');
    const fake = await launch(dbFile, { args: ['--create'] });

    expect(fs.existsSync(dbFile)).toBe(true);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload\.js$/);
    expect(window.loadedUrl).toBe('app://planner/index.html');
    expect(fake.menu()?.map((item) => item.label)).toEqual(['File', 'Edit']);
  });

  it('keeps every web contents on the app', async () => {
    const fake = await launch(plannerFile());
    const contents = fake.windows[0].webContents;
    const appUrl = fake.windows[0].loadedUrl;

    expect(contents.veto('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.veto('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.veto('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(contents.veto('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.veto('will-navigate', `${appUrl}#/releases`)).toBe(false);
    expect(contents.veto('will-attach-webview', appUrl)).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });

    // Any other web contents gets the same rules.
    const other = new FakeWebContents();
    fake.module.app.emit('web-contents-created', {}, other);
    expect(other.veto('will-navigate', 'https://example.com/')).toBe(true);
    expect(other.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('blocks the network, sets the CSP and refuses permissions', async () => {
    const fake = await launch(plannerFile());
    const appUrl = fake.windows[0].loadedUrl;

    const request = (url: string) => {
      let answer: { cancel?: boolean } = {};
      (fake.webRequest.beforeRequest as (d: object, cb: (r: object) => void) => void)(
        { url },
        (response) => (answer = response),
      );
      return answer.cancel;
    };
    expect(request('https://example.com/')).toBe(true);
    expect(request('http://127.0.0.1:4780/api/call')).toBe(true);
    expect(request(appUrl)).toBe(false);
    expect(request(appUrl.replace('index.html', 'assets/app.js'))).toBe(false);

    let headers: Record<string, string[]> = {};
    (fake.webRequest.headersReceived as (d: object, cb: (r: object) => void) => void)(
      { url: appUrl, responseHeaders: { 'content-security-policy': ['default-src *'] } },
      (response) => (headers = (response as { responseHeaders: typeof headers }).responseHeaders),
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });

    const granted: boolean[] = [];
    const request_ = fake.permissions.request as (
      contents: object,
      permission: string,
      cb: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    request_({}, 'media', (g) => granted.push(g), { requestingUrl: appUrl });
    request_({}, 'notifications', (g) => granted.push(g), { requestingUrl: appUrl });
    expect(granted).toEqual([false, false]);
    const check = fake.permissions.check as (
      contents: object,
      permission: string,
      origin: string,
      details: { requestingUrl?: string },
    ) => boolean;
    expect(check({}, 'geolocation', 'file://', { requestingUrl: appUrl })).toBe(false);
  });
});

describe('the app: protocol', () => {
  it('is registered as a standard, secure scheme before ready, and serves only the renderer folder', async () => {
    const fake = await launch(plannerFile());
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    const serve = fake.protocols.get('app');
    expect(serve).toBeDefined();
    for (const url of [
      'app://planner/../../../../../../etc/passwd',
      'app://planner/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://planner/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const response = await serve?.({ url, method: 'GET' });
      expect(response?.status, url).toBeGreaterThanOrEqual(400);
      expect(await response?.text(), url).not.toMatch(/root:/);
    }
  });
});
