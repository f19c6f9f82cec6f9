import { CONTENT_SECURITY_POLICY } from '../security/csp';

// The window's security policy as pure functions of URLs, so that each rule
// is unit-tested without Electron. `appUrl` is what the window loads: the
// built index.html (file:) in the app, or Vite's dev server (http:) under
// `electron-forge start`.

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The decoded path of a file: URL, or null when it cannot be trusted: an
 * encoded separator, dot or NUL would let a path that looks as if it were
 * inside the app's folder name a file outside it once the loader decodes it.
 */
function filePath(url: URL): string | null {
  if (/%(2f|5c|2e|00)/i.test(url.pathname) || url.pathname.includes('\\')) return null;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

function isFileApp(app: URL): boolean {
  return app.protocol === 'file:';
}

/** Whether `url` is the app's own document: the same index.html, or the dev server's origin. */
export function isAppDocument(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (isFileApp(app)) {
    if (target.protocol !== 'file:' || target.host !== app.host) return false;
    const path = filePath(target);
    return path !== null && path === filePath(app);
  }
  return (
    (target.protocol === 'http:' || target.protocol === 'https:') && target.origin === app.origin
  );
}

/** The window may only ever show the app: a link or script cannot take it elsewhere. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppDocument(url, appUrl);
}

export interface SenderFrame {
  url: string;
  /** A frame inside the page (an iframe) is not the app, even at the app's URL. */
  isMainFrame: boolean;
  /** The IPC came from the planner's own window, not another web contents. */
  isOurWindow: boolean;
}

/** Only the app's own top-level page in its own window may call the backend. */
export function isTrustedSender(sender: SenderFrame, appUrl: string): boolean {
  return sender.isOurWindow && sender.isMainFrame && isAppDocument(sender.url, appUrl);
}

export interface RequestPolicyOptions {
  /** DevTools load their own UI from devtools://; only in development. */
  allowDevTools: boolean;
}

/**
 * The app makes no network connection: a request may only reach the app's
 * own files (the folder holding index.html and below) or, in development,
 * the dev server and its hot-reload socket. data: and blob: never leave the
 * process.
 */
export function isAllowedRequest(
  url: string,
  appUrl: string,
  options: RequestPolicyOptions,
): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (target.protocol === 'data:' || target.protocol === 'blob:') return true;
  if (target.protocol === 'devtools:') return options.allowDevTools;
  if (isFileApp(app)) {
    if (target.protocol !== 'file:' || target.host !== app.host) return false;
    const appPath = filePath(app);
    const path = filePath(target);
    if (appPath === null || path === null) return false;
    const folder = appPath.slice(0, appPath.lastIndexOf('/') + 1);
    return path.startsWith(folder);
  }
  if (target.protocol === 'http:' || target.protocol === 'https:')
    return target.origin === app.origin;
  if (target.protocol === 'ws:' || target.protocol === 'wss:') return target.host === app.host;
  return false;
}

/**
 * Writing to the clipboard from a click (copying a schedule to paste into a
 * mail) is the one permission the app has use for, and it cannot read
 * anything back; every other request (camera, notifications, reading the
 * clipboard, ...) is refused.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isAllowedPermission(
  permission: string,
  requestingUrl: string,
  appUrl: string,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppDocument(requestingUrl, appUrl);
}

/**
 * The shared policy for the built app. Vite's dev server needs two
 * relaxations, in development only: React Refresh's inline preamble and the
 * <style> tags Vite injects, and the hot-reload WebSocket.
 */
export function contentSecurityPolicy(appUrl: string): string {
  const app = parse(appUrl);
  if (!app || isFileApp(app)) return CONTENT_SECURITY_POLICY;
  const socket = `${app.protocol === 'https:' ? 'wss:' : 'ws:'}//${app.host}`;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      if (directive === "script-src 'self'" || directive === "style-src 'self'")
        return `${directive} 'unsafe-inline'`;
      if (directive === "connect-src 'self'") return `${directive} ${socket}`;
      return directive;
    })
    .join('; ');
}

/** Response headers with our policy in place of any the server sent (header names are case-blind). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only')
      continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
