import type { Session, WebContents } from 'electron';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  withContentSecurityPolicy,
} from './windowPolicy';

// The window policy (windowPolicy.ts) put to work on Electron's session and
// on every web contents; `appUrl` is what the window loads.

/** No request leaves for the network, every response carries our CSP, no permission but one. */
export function installSessionPolicy(ses: Session, appUrl: string, isDev: boolean): void {
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
export function lockDown(contents: WebContents, appUrl: string): void {
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
