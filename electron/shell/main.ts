import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type IpcMainInvokeEvent,
} from 'electron';
import path from 'node:path';
import { IPC_CHANNEL } from '../../shared/contract/bridge';
import { fail, type Result } from '../../shared/errors/result';
import { openBackend, type Backend } from '../backend';
import { ensureDataFolder, isChosenDbPath, mayCreateDb, resolveDbPath } from '../dbPath';
import { installSessionPolicy, lockDown } from '../security/lockDown';
import { isTrustedSender } from '../security/windowPolicy';
import { APP_SCHEME, APP_URL, serveAppRequest } from './appProtocol';
import { menuTemplate } from './menu';
import { offerWaysOut } from './waysOut';

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL !== ''
    ? MAIN_WINDOW_VITE_DEV_SERVER_URL
    : undefined;
const rendererName =
  typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
const isDev = devServerUrl !== undefined;
// main.js sits in .vite/build/, the renderer in .vite/renderer/<name>/, both
// in the project under `start` and inside app.asar once packaged; the app:
// protocol serves that folder (never file://, see appProtocol.ts).
const rendererDir = path.join(__dirname, '..', 'renderer', rendererName);
const appUrl = devServerUrl ?? APP_URL;

let mainWindow: BrowserWindow | null = null;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Says why and stops, when there is not even a database file to talk about. */
function refuseToStart(error: unknown): void {
  const message = messageOf(error);
  console.error(`embargo-planner: ${message}`);
  dialog.showErrorBox('Embargo Planner cannot start', message);
  app.exit(1);
}

function handleInvoke(
  backend: Backend,
  event: IpcMainInvokeEvent,
  call: unknown,
  input: unknown,
): Promise<Result<unknown>> | Result<unknown> {
  const frame = event.senderFrame;
  const trusted =
    frame !== null &&
    mainWindow !== null &&
    !mainWindow.isDestroyed() &&
    isTrustedSender(
      {
        url: frame.url,
        isMainFrame: frame.parent === null,
        isOurWindow: event.sender === mainWindow.webContents,
      },
      appUrl,
    );
  if (!trusted) return fail('unauthorized', 'Calls are accepted only from the planner window');
  // Asynchronous: reading a calendar file runs in a worker, not in this event loop.
  return backend.callAsync(call, input);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Embargo Planner',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // DevTools stay available to the automation (Playwright attaches over
      // the DevTools protocol); the shipped menu has no item or shortcut that
      // opens them.
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appUrl);
  return window;
}

function start(): void {
  let file: string;
  let backend: Backend;
  try {
    file = resolveDbPath(process.argv, process.env, app.getPath('userData'));
    // The first start makes the database in userData; a file named with --db
    // (or EMBARGO_PLANNER_DB) must exist, unless --create asks for a new one.
    if (!isChosenDbPath(process.argv, process.env)) ensureDataFolder(path.dirname(file));
  } catch (error) {
    refuseToStart(error);
    return;
  }
  try {
    backend = openBackend(file, {
      source: 'app',
      create: mayCreateDb(process.argv, process.env),
      // Under `npm start`, answers are checked against the contract.
      checkOutputs: !app.isPackaged,
    });
  } catch (error) {
    // Missing, not a plan, damaged, locked, from a newer planner: say why, offer the ways out.
    offerWaysOut(error, file).catch(refuseToStart);
    return;
  }
  app.on('will-quit', () => backend.close());

  installSessionPolicy(session.defaultSession, appUrl, isDev);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
  ipcMain.handle(IPC_CHANNEL, (event, call: unknown, input: unknown) =>
    handleInvoke(backend, event, call, input),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ dev: isDev, platform: process.platform })),
  );

  mainWindow = createWindow();
  app.on('activate', () => {
    mainWindow ??= createWindow();
  });
}

// Two processes writing one database would each plan against a stale copy;
// the second start brings the first window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  // Before ready: a standard, secure scheme resolves relative URLs, has an
  // origin for 'self' in the CSP, and counts as a secure context.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => lockDown(contents, appUrl));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(refuseToStart);
}
