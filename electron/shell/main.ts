import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  type IpcMainInvokeEvent,
  type Session,
  type WebContents,
} from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CHANNEL } from '../../shared/contract/bridge';
import { fail, type Result } from '../../shared/contract/result';
import type { OpenFailure, OpenFailureAction } from '../../shared/contract/databaseFailure';
import { openBackend, type Backend } from '../backend';
import { resolveDbPath } from '../dbPath';
import { restoreBackup } from '../store/backups/restoreBackup';
import { describeOpenFailure } from '../store/describeOpenFailure';
import { menuTemplate } from './menu';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isTrustedSender,
  withContentSecurityPolicy,
} from './security';

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL !== ''
    ? MAIN_WINDOW_VITE_DEV_SERVER_URL
    : undefined;
const rendererName =
  typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
const isDev = devServerUrl !== undefined;
// main.js sits in .vite/build/, the renderer in .vite/renderer/<name>/, both
// in the project under `start` and inside app.asar once packaged.
const appUrl =
  devServerUrl ??
  pathToFileURL(path.join(__dirname, '..', 'renderer', rendererName, 'index.html')).href;

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

function actionLabel(action: OpenFailureAction, failure: OpenFailure): string {
  switch (action) {
    case 'restore-backup': {
      const newest = failure.backups[0];
      return newest ? `Restore newest backup (${newest.createdAt})` : 'Restore newest backup';
    }
    case 'retry':
      return 'Retry';
    case 'open-other':
      return 'Open another file…';
    case 'quit':
      return 'Quit';
  }
}

/** The command line again, with `--db file` in place of any --db it had. */
function argsWithDb(args: readonly string[], file: string): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--db') {
      i++;
      continue;
    }
    if (args[i].startsWith('--db=')) continue;
    kept.push(args[i]);
  }
  return [...kept, '--db', file];
}

function relaunch(args?: string[]): void {
  app.relaunch(args ? { args } : undefined);
  app.exit(0);
}

/**
 * The "can't open database" screen: says what is wrong with the file and
 * offers the ways out that fit. Nothing here writes to the file; restoring
 * a backup copies the current file aside before replacing it.
 */
async function offerWaysOut(failure: OpenFailure): Promise<void> {
  const buttons = failure.actions.map((action) => actionLabel(action, failure));
  const quit = failure.actions.indexOf('quit');
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Embargo Planner cannot start',
    message: failure.title,
    detail: `${failure.message}\n\nDatabase: ${failure.file}`,
    buttons,
    defaultId: 0,
    cancelId: quit >= 0 ? quit : buttons.length - 1,
    noLink: true,
  });
  const action = failure.actions[response] ?? 'quit';
  switch (action) {
    case 'restore-backup': {
      const newest = failure.backups[0];
      try {
        restoreBackup(failure.file, newest.name);
      } catch (error) {
        const message = messageOf(error);
        console.error(`embargo-planner: ${message}`);
        dialog.showErrorBox('The backup was not restored', message);
        app.exit(1);
        return;
      }
      relaunch();
      return;
    }
    case 'retry':
      relaunch();
      return;
    case 'open-other': {
      const chosen = await dialog.showOpenDialog({
        title: 'Open a planner database',
        properties: ['openFile'],
        filters: [
          { name: 'Planner databases', extensions: ['sqlite3', 'sqlite', 'db'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const [file] = chosen.filePaths;
      if (chosen.canceled || file === undefined) return offerWaysOut(failure);
      relaunch(argsWithDb(process.argv.slice(1), file));
      return;
    }
    case 'quit':
      app.exit(1);
      return;
  }
}

/**
 * A database that cannot be used (damaged, locked, from a newer planner),
 * which openBackend refuses without writing to it: say why, offer a way out.
 */
function refuseDatabase(error: unknown, file: string): void {
  let failure: OpenFailure;
  try {
    failure = describeOpenFailure(error, file);
  } catch {
    refuseToStart(error);
    return;
  }
  console.error(`embargo-planner: ${failure.title}: ${failure.message}`);
  offerWaysOut(failure).catch(refuseToStart);
}

function installSessionPolicy(ses: Session): void {
  const csp = contentSecurityPolicy(appUrl);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, appUrl, { allowDevTools: isDev });
    // The scheme only: a blocked URL could carry data the page should not have sent.
    if (!allowed) console.warn(`embargo-planner: blocked a ${details.url.split(':')[0]}: request`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl, appUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isAllowedPermission(permission, details.requestingUrl ?? '', appUrl),
  );
  // Chromium's spell checker downloads dictionaries: the app makes no connection.
  ses.setSpellCheckerEnabled(false);
}

/** Every web contents, the window's and any other, can show the app and nothing else. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
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
  } catch (error) {
    refuseToStart(error);
    return;
  }
  try {
    backend = openBackend(file, { source: 'app' });
  } catch (error) {
    refuseDatabase(error, file);
    return;
  }
  app.on('will-quit', () => backend.close());

  installSessionPolicy(session.defaultSession);
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
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
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
