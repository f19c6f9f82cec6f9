import Database from 'better-sqlite3';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { openDatabase } from '../store/openDatabase';
import { PLANNER_APPLICATION_ID } from '../store/probeDatabase';

// A stand-in for the electron module, for the tests of the Electron glue in
// electron/shell/main.ts: this machine has no Electron binary, and the wiring
// (which check guards which door) is what those tests are about. e2e/electron
// runs the real thing where Electron exists.

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

export type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
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

export type Fake = ReturnType<typeof fakeElectron>;

const temps: string[] = [];
const argv = process.argv;

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-shell-'));
  temps.push(dir);
  return dir;
}

/**
 * Loads main.ts as Electron would run main.js, with `--db file` (none when
 * null: the default file in userData), and waits for start-up.
 */
export async function launch(
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
  await import('../shell/main');
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
export function plannerFile(name = 'planner.sqlite3'): string {
  const file = path.join(tempDir(), name);
  openDatabase(file, { create: true }).close();
  return file;
}

/** A database file from a newer planner: its application id, a schema this one does not know. */
export function newerFile(): string {
  const file = path.join(tempDir(), 'newer.sqlite3');
  const db = new Database(file);
  db.pragma(`application_id = ${PLANNER_APPLICATION_ID}`);
  db.pragma('user_version = 9999');
  db.close();
  return file;
}

/** Quiets the console for each test, and puts back argv, the electron module and the temp folders after it. */
export function useFakeElectron(): void {
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
}

/** Answers the message boxes in turn: a label, or a pick from the buttons shown. */
export function script(...answers: (string | ((buttons: string[]) => string))[]) {
  const shown: string[][] = [];
  const press = (buttons: string[]) => {
    shown.push(buttons);
    const answer = answers.shift() ?? 'Quit';
    return typeof answer === 'string' ? answer : answer(buttons);
  };
  return { press, shown };
}
