/**
 * One policy for the desktop window and the browser mode: our own scripts and
 * styles only, no inline script, no eval, no plugins, no framing, and network
 * only back to where the page came from (the loopback server, or nothing).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
