import { CONTENT_SECURITY_POLICY } from './csp';

// The window's security policy as pure functions of URLs, so that each rule
// is unit-tested without Electron. `appUrl` is what the window loads: the
// built index.html served by the app: protocol (app://planner/index.html,
// see shell/appProtocol.ts) in the app, or Vite's dev server (http:) under
// `electron-forge start`. file: is never the app, so it is never allowed.

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The decoded path of a URL, or null when it has an encoded separator, dot or NUL. */
function decodedPath(url: URL): string | null {
  if (/%(2f|5c|2e|00)/i.test(url.pathname) || url.pathname.includes('\\')) return null;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** The packaged app, served by its own protocol rather than a web server. */
function isProtocolApp(app: URL): boolean {
  return app.protocol !== 'http:' && app.protocol !== 'https:';
}

/** Whether `url` is the app's own document: the same index.html, or the dev server's origin. */
export function isAppDocument(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (isProtocolApp(app)) {
    if (target.protocol !== app.protocol || target.host !== app.host) return false;
    const path = decodedPath(target);
    return path !== null && path === decodedPath(app);
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
 * own protocol (whose handler keeps every path inside the renderer folder)
 * or, in development, the dev server and its hot-reload socket. data: and
 * blob: never leave the process.
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
  if (isProtocolApp(app)) return target.protocol === app.protocol && target.host === app.host;
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
  if (!app || isProtocolApp(app)) return CONTENT_SECURITY_POLICY;
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
