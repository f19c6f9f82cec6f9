import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isAppDocument,
  isTrustedSender,
  withContentSecurityPolicy,
} from './windowPolicy';

const APP = 'app://planner/index.html';
/** Where the app used to be loaded from: never the app now. */
const FILE_APP =
  'file:///opt/Embargo%20Planner/resources/app.asar/.vite/renderer/main_window/index.html';
const DEV_APP = 'http://localhost:5173';
const PROD = { allowDevTools: false };
const DEV = { allowDevTools: true };

describe('isAppDocument / isAllowedNavigation', () => {
  it('accepts the app index itself, with a fragment or query', () => {
    expect(isAppDocument(APP, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#/releases/3`, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}?x=1`, APP)).toBe(true);
  });

  it('refuses other documents of the app protocol, and encoded tricks', () => {
    expect(isAllowedNavigation('app://planner/other.html', APP)).toBe(false);
    expect(isAllowedNavigation('app://planner/assets%2F..%2Findex.html', APP)).toBe(false);
    expect(isAllowedNavigation('app://planner/%69ndex.html', APP)).toBe(true);
    expect(isAllowedNavigation('app://other/index.html', APP)).toBe(false);
  });

  it('refuses file: URLs, even the built index.html itself', () => {
    expect(isAllowedNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(isAllowedNavigation(FILE_APP, APP)).toBe(false);
  });

  it('refuses the web, other schemes and garbage', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      'chrome://settings',
      'not a url',
      '',
    ])
      expect(isAllowedNavigation(url, APP)).toBe(false);
  });

  it('in development accepts any page of the dev server and nothing else', () => {
    expect(isAllowedNavigation('http://localhost:5173/', DEV_APP)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/index.html#x', DEV_APP)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAllowedNavigation(APP, DEV_APP)).toBe(false);
  });

  it('refuses everything when the app URL itself is unusable', () => {
    expect(isAppDocument(APP, 'nonsense')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const main = { url: APP, isMainFrame: true, isOurWindow: true };

  it('trusts the main frame of our window showing the app', () => {
    expect(isTrustedSender(main, APP)).toBe(true);
    expect(isTrustedSender({ ...main, url: `${APP}#/x` }, APP)).toBe(true);
  });

  it('distrusts subframes, other windows and other pages', () => {
    expect(isTrustedSender({ ...main, isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...main, isOurWindow: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'https://example.com/' }, APP)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'file:///tmp/evil.html' }, APP)).toBe(false);
    expect(isTrustedSender({ ...main, url: FILE_APP }, APP)).toBe(false);
    expect(isTrustedSender({ ...main, url: '' }, APP)).toBe(false);
  });

  it('trusts the dev server origin in development only', () => {
    expect(isTrustedSender({ ...main, url: 'http://localhost:5173/' }, DEV_APP)).toBe(true);
    expect(isTrustedSender({ ...main, url: 'http://localhost:5173/' }, APP)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets the app load its own files, through its protocol only', () => {
    expect(isAllowedRequest(APP, APP, PROD)).toBe(true);
    expect(isAllowedRequest('app://planner/assets/index-abc123.js', APP, PROD)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', APP, PROD)).toBe(true);
    expect(isAllowedRequest('blob:app://planner/1234-5678', APP, PROD)).toBe(true);
    expect(isAllowedRequest('app://elsewhere/x.js', APP, PROD)).toBe(false);
  });

  it('refuses every file: request, the renderer folder included', () => {
    expect(isAllowedRequest('file:///etc/passwd', APP, PROD)).toBe(false);
    expect(isAllowedRequest(FILE_APP, APP, PROD)).toBe(false);
    expect(isAllowedRequest(FILE_APP.replace('index.html', 'assets/x.js'), APP, PROD)).toBe(false);
  });

  it('blocks the network', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4780/api/call',
      'ws://localhost:5173/',
      'ftp://example.com/',
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ])
      expect(isAllowedRequest(url, APP, PROD)).toBe(false);
  });

  it('in development allows the dev server, its socket and DevTools', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', DEV_APP, DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', DEV_APP, DEV)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', DEV_APP, DEV)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', DEV_APP, DEV)).toBe(false);
    expect(isAllowedRequest('ws://localhost:9229/', DEV_APP, DEV)).toBe(false);
    expect(isAllowedRequest('https://registry.npmjs.org/', DEV_APP, DEV)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', DEV_APP, DEV)).toBe(false);
  });
});

describe('isAllowedPermission', () => {
  it('allows only writing to the clipboard, and only to the app', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', APP, APP)).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://x.test/', APP)).toBe(false);
    expect(isAllowedPermission('clipboard-sanitized-write', FILE_APP, APP)).toBe(false);
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'openExternal',
    ])
      expect(isAllowedPermission(permission, APP, APP)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('is the shared strict policy for the built app', () => {
    expect(contentSecurityPolicy(APP)).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('relaxes only what the dev server needs, in development', () => {
    const dev = contentSecurityPolicy(DEV_APP);
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("default-src 'none'");
    expect(dev).not.toContain('unsafe-eval');
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the server sent, whatever the header case', () => {
    const headers = withContentSecurityPolicy(
      {
        'content-security-policy': ['default-src *'],
        'Content-Security-Policy-Report-Only': ['x'],
        'Content-Type': ['text/html'],
      },
      "default-src 'none'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('adds the policy when there were no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] });
  });
});
