import Database from 'better-sqlite3';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/result';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

// The Electron glue in main.ts, run against a stand-in for the electron
// module: this machine has no Electron binary, and the wiring (which check
// guards which door) is what these tests are about. e2e/electron runs the
// real thing where Electron exists.

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function fakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type Handler = (...args: never[]) => unknown;

class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron and says whether a listener vetoed. */
  veto(name: string, url: string): boolean {
    const event = fakeEvent(url);
    this.emit(name, event);
    return event.defaultPrevented;
  }
}

interface MessageBoxOptions {
  message: string;
  detail?: string;
  buttons: string[];
}

function fakeElectron(options: {
  userData: string;
  gotLock?: boolean;
  /** Which button the person presses on a message box, by its label. */
  press?: (buttons: string[]) => string;
  openFile?: string;
}) {
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, Handler>();
  const webRequest: { beforeRequest?: Handler; headersReceived?: Handler } = {};
  const permissions: { request?: Handler; check?: Handler } = {};
  let menu: MenuItemConstructorOptions[] | null = null;

  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => options.userData),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
  });

  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl = '';
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
  }

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn((box: MessageBoxOptions) =>
        Promise.resolve({ response: box.buttons.indexOf(options.press?.(box.buttons) ?? 'Quit') }),
      ),
      showOpenDialog: vi.fn(() =>
        Promise.resolve({
          canceled: options.openFile === undefined,
          filePaths: options.openFile === undefined ? [] : [options.openFile],
        }),
      ),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => ipcHandlers.set(channel, handler),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (template: MenuItemConstructorOptions[]) => {
        menu = template;
      },
    },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (handler: Handler) => (webRequest.beforeRequest = handler),
          onHeadersReceived: (handler: Handler) => (webRequest.headersReceived = handler),
        },
        setPermissionRequestHandler: (handler: Handler) => (permissions.request = handler),
        setPermissionCheckHandler: (handler: Handler) => (permissions.check = handler),
        setSpellCheckerEnabled: vi.fn(),
      },
    },
  };
  return { module, windows, ipcHandlers, webRequest, permissions, menu: () => menu };
}

type Fake = ReturnType<typeof fakeElectron>;

const temps: string[] = [];
const argv = process.argv;

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-shell-'));
  temps.push(dir);
  return dir;
}

/** Loads main.ts as Electron would run main.js, with `--db file`, and waits for start-up. */
async function launch(
  dbFile: string,
  options: { gotLock?: boolean; press?: (buttons: string[]) => string; openFile?: string } = {},
): Promise<Fake> {
  const fake = fakeElectron({ userData: tempDir(), ...options });
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  process.argv = [...argv.slice(0, 2), '--db', dbFile];
  await import('./main');
  await vi.waitFor(() => {
    const started =
      fake.ipcHandlers.size > 0 ||
      fake.module.app.exit.mock.calls.length > 0 ||
      fake.module.app.quit.mock.calls.length > 0;
    expect(started).toBe(true);
  });
  return fake;
}

/** What Electron's ipcMain.handle hands back to the renderer: the handler's value, awaited. */
async function invoke(
  fake: Fake,
  event: object,
  call: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  const handler = fake.ipcHandlers.get(IPC_CHANNEL) as (
    event: object,
    call: unknown,
    input: unknown,
  ) => Result<unknown> | Promise<Result<unknown>>;
  return await handler(event, call, input);
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  process.argv = argv;
  vi.doUnmock('electron');
  vi.restoreAllMocks();
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Electron main process', () => {
  it('opens the database and a locked-down window on the built renderer', async () => {
    const dbFile = path.join(tempDir(), 'planner.sqlite3');
    const fake = await launch(dbFile);

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
    });
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload\.js$/);
    expect(window.loadedUrl).toMatch(/^file:\/\/.*\/renderer\/main_window\/index\.html$/);
    expect(fake.menu()?.map((item) => item.label)).toEqual(['File', 'Edit']);
  });

  it('serves calls from the main frame of its window only', async () => {
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'));
    const contents = fake.windows[0].webContents;
    const main = contents.mainFrame;

    const answer = await invoke(fake, { senderFrame: main, sender: contents }, 'plan.get', {});
    expect(answer.ok).toBe(true);

    const refused = [
      { senderFrame: { url: main.url, parent: main }, sender: contents },
      { senderFrame: main, sender: new FakeWebContents() },
      { senderFrame: { url: 'https://example.com/', parent: null }, sender: contents },
      { senderFrame: null, sender: contents },
    ];
    for (const event of refused) {
      const result = await invoke(fake, event, 'plan.get', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('passes the call through to the handlers, which validate it', async () => {
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'));
    const contents = fake.windows[0].webContents;
    const event = { senderFrame: contents.mainFrame, sender: contents };
    expect(await invoke(fake, event, 'no.such.call', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    });
  });

  it('reads a calendar file for the window without holding up the main process', async () => {
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'));
    const contents = fake.windows[0].webContents;
    const event = { senderFrame: contents.mainFrame, sender: contents };
    const handler = fake.ipcHandlers.get(IPC_CHANNEL) as Handler;
    const content = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;VALUE=DATE:20271225',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const input = { content, fileName: 'h.ics', preview: true };
    // A promise, settled by the worker thread that reads the file.
    const pending = (handler as (...args: unknown[]) => unknown)(
      event,
      'calendars.importHolidays',
      input,
    );
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toMatchObject({ ok: true, value: { added: ['2027-12-25'] } });
  });

  it('keeps every web contents on the app', async () => {
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'));
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
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'));
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

  it('refuses a database from a newer planner without changing a byte', async () => {
    const dbFile = path.join(tempDir(), 'newer.sqlite3');
    const db = new Database(dbFile);
    db.pragma('user_version = 9999');
    db.close();
    const before = fs.readFileSync(dbFile);

    const fake = await launch(dbFile);

    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'The database is from a newer Embargo Planner',
        detail: expect.stringContaining('newer Embargo Planner') as unknown,
        buttons: ['Open another file…', 'Quit'],
      }),
    );
    expect(fake.module.app.exit).toHaveBeenCalledWith(1);
    expect(fake.module.app.relaunch).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('relaunches on another file when one is chosen, leaving the refused one alone', async () => {
    const dbFile = path.join(tempDir(), 'newer.sqlite3');
    const db = new Database(dbFile);
    db.pragma('user_version = 9999');
    db.close();
    const before = fs.readFileSync(dbFile);
    const other = path.join(tempDir(), 'other.sqlite3');

    const fake = await launch(dbFile, { press: () => 'Open another file…', openFile: other });

    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    const [relaunchOptions] = fake.module.app.relaunch.mock.calls[0] as unknown as [
      { args: string[] },
    ];
    expect(relaunchOptions.args.slice(-2)).toEqual(['--db', other]);
    expect(relaunchOptions.args).not.toContain(dbFile);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('leaves the field to the instance already running', async () => {
    const fake = await launch(path.join(tempDir(), 'planner.sqlite3'), { gotLock: false });
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});
