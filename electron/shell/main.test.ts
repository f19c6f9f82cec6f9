import Database from 'better-sqlite3';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract/bridge';
import type { Result } from '../../shared/errors/result';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { backupFolder, listBackups } from '../store/backups/backupFolder';
import { restoreBackup } from '../store/backups/restoreBackup';
import { takeBackup } from '../store/backups/takeBackup';
import { SCHEMA_VERSION } from '../store/migrations';
import { openDatabase } from '../store/openDatabase';
import { databaseAtVersion, releaseNames, scribble } from '../testing/databaseFiles';
import { PLANNER_APPLICATION_ID } from '../store/probeDatabase';

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
  const protocols = new Map<
    string,
    (request: { url: string; method: string }) => Promise<Response>
  >();
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
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(
        (
          scheme: string,
          handler: (request: { url: string; method: string }) => Promise<Response>,
        ) => protocols.set(scheme, handler),
      ),
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
  return { module, windows, ipcHandlers, protocols, webRequest, permissions, menu: () => menu };
}

type Fake = ReturnType<typeof fakeElectron>;

const temps: string[] = [];
const argv = process.argv;

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-shell-'));
  temps.push(dir);
  return dir;
}

/**
 * Loads main.ts as Electron would run main.js, with `--db file` (none when
 * null: the default file in userData), and waits for start-up.
 */
async function launch(
  dbFile: string | null,
  options: {
    gotLock?: boolean;
    press?: (buttons: string[]) => string;
    openFile?: string;
    userData?: string;
    args?: string[];
  } = {},
): Promise<Fake> {
  const fake = fakeElectron({ userData: options.userData ?? tempDir(), ...options });
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  process.argv = [
    ...argv.slice(0, 2),
    ...(dbFile === null ? [] : ['--db', dbFile]),
    ...(options.args ?? []),
  ];
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

/** A planner database file, as an earlier run of the app left it. */
function plannerFile(name = 'planner.sqlite3'): string {
  const file = path.join(tempDir(), name);
  openDatabase(file, { create: true }).close();
  return file;
}

/** A database file from a newer planner: its application id, a schema this one does not know. */
function newerFile(): string {
  const file = path.join(tempDir(), 'newer.sqlite3');
  const db = new Database(file);
  db.pragma(`application_id = ${PLANNER_APPLICATION_ID}`);
  db.pragma('user_version = 9999');
  db.close();
  return file;
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

  it('serves calls from the main frame of its window only', async () => {
    const fake = await launch(plannerFile());
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
    const fake = await launch(plannerFile());
    const contents = fake.windows[0].webContents;
    const event = { senderFrame: contents.mainFrame, sender: contents };
    expect(await invoke(fake, event, 'no.such.call', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    });
  });

  it('reads a calendar file for the window without holding up the main process', async () => {
    const fake = await launch(plannerFile());
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

  it('refuses a database from a newer planner without changing a byte', async () => {
    const dbFile = newerFile();
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
    const dbFile = newerFile();
    const before = fs.readFileSync(dbFile);
    const other = plannerFile('other.sqlite3');

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
    const fake = await launch(plannerFile(), { gotLock: false });
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

/** Answers the message boxes in turn: a label, or a pick from the buttons shown. */
function script(...answers: (string | ((buttons: string[]) => string))[]) {
  const shown: string[][] = [];
  const press = (buttons: string[]) => {
    shown.push(buttons);
    const answer = answers.shift() ?? 'Quit';
    return typeof answer === 'string' ? answer : answer(buttons);
  };
  return { press, shown };
}

/** A damaged database with 300 releases and a manual backup of it taken while it was healthy. */
function damagedWithBackup() {
  const file = path.join(tempDir(), 'planner.sqlite3');
  databaseAtVersion(
    file,
    SCHEMA_VERSION,
    Array.from({ length: 300 }, (_, i) => `release-${i}-${'x'.repeat(40)}`),
  );
  const db = openDatabase(file, { now: () => new Date('2026-11-20T10:00:00Z') });
  const manual = takeBackup(db, file, 'manual', new Date('2026-11-20T10:00:00Z'));
  db.close();
  scribble(file);
  return { file, manual };
}

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

describe('which database the app opens', () => {
  it('creates the default file in userData on a first start', async () => {
    const userData = path.join(tempDir(), 'Embargo Planner');
    const fake = await launch(null, { userData });
    expect(fake.windows).toHaveLength(1);
    expect(fs.readdirSync(userData)).toContain('planner.sqlite3');
    expect(fs.statSync(path.join(userData, 'planner.sqlite3')).mode & 0o777).toBe(0o600);
  });

  it('does not create a file named with --db; it offers to, and relaunches with --create', async () => {
    const dbFile = path.join(tempDir(), 'typo.sqlite3');
    const answers = script('Create a new, empty database here');
    const fake = await launch(dbFile, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[0]).toEqual([
      'Create a new, empty database here',
      'Open another file…',
      'Quit',
    ]);
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'There is no database at this path' }),
    );
    expect(fs.existsSync(dbFile)).toBe(false);
    const [relaunched] = fake.module.app.relaunch.mock.calls[0] as unknown as [{ args: string[] }];
    expect(relaunched.args.slice(-3)).toEqual(['--db', dbFile, '--create']);
  });

  it('refuses another program\'s file chosen with "Open another file", before relaunching', async () => {
    const theirs = path.join(tempDir(), 'bookmarks.sqlite3');
    const other = new Database(theirs);
    other.exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')");
    other.close();
    const before = fs.readFileSync(theirs);
    const answers = script('Open another file…', 'Quit');
    const fake = await launch(newerFile(), { press: answers.press, openFile: theirs });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(1));
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'This file cannot be opened',
      expect.stringMatching(/bookmarks\.sqlite3 is not an Embargo Planner database/) as unknown,
    );
    expect(fake.module.app.relaunch).not.toHaveBeenCalled();
    expect(fs.readFileSync(theirs).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(theirs))).toEqual(['bookmarks.sqlite3']);
  });
});

describe('restoring from the "can\'t open" box', () => {
  it('offers the good backups, not the damaged copy a previous restore saved', async () => {
    const { file, manual } = damagedWithBackup();
    // A restore before this start left a damaged "pre-restore" copy, the newest backup.
    restoreBackup(file, manual.name, { now: () => new Date('2026-11-24T10:00:00Z') });
    scribble(file);
    expect(listBackups(file)[0]).toMatchObject({ kind: 'pre-restore', restorable: false });

    const answers = script('Restore a backup…', (buttons) => buttons[0]);
    const fake = await launch(file, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[0]).toEqual(['Restore a backup…', 'Open another file…', 'Quit']);
    expect(answers.shown[1]).toEqual([
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(fake.module.dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({
        detail: expect.stringMatching(/One copy of a damaged file is not offered/) as unknown,
      }),
    );
    expect(fake.module.app.relaunch).toHaveBeenCalled();
    expect(releaseNames(file)).toHaveLength(300);
  });

  it('says why a backup failed and lets the person choose another', async () => {
    const { file, manual } = damagedWithBackup();
    // A newer backup that looks whole but is damaged inside.
    const later = path.join(
      backupFolder(file),
      manual.name.replace(/2026-11-20T10-00-00-\d{3}Z/, '2026-11-22T10-00-00-000Z'),
    );
    fs.copyFileSync(path.join(backupFolder(file), manual.name), later);
    scribble(later);

    const answers = script(
      'Restore a backup…',
      (buttons) => buttons[0],
      'Restore a backup…',
      (buttons) => buttons[0],
    );
    const fake = await launch(file, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[1]).toEqual([
      '2026-11-22 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'The backup was not restored',
      expect.stringMatching(/cannot be read .* choose another backup\./) as unknown,
    );
    // The one that failed is not offered again.
    expect(answers.shown[3]).toEqual([
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(releaseNames(file)).toHaveLength(300);
  });
});
