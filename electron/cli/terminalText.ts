/**
 * Characters a terminal acts on instead of showing: C0 controls other than
 * tab and line ends (ESC starts colour, title and hyperlink sequences; BEL,
 * BS), DEL, the C1 controls (U+009B is CSI, as ESC [ is), a carriage return
 * that does not end a line (it goes back over what was printed), and the
 * bidirectional overrides and isolates (text shown in another order).
 */
const INTERPRETED =
  // eslint-disable-next-line no-control-regex -- these controls are what it finds
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for the terminal with each of those written out as \uXXXX: visible,
 * inert, and in a JSON string (a bundle on stdout) the same value still.
 * Stored text refuses them; older files, file names and other programs'
 * data may still carry them.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(INTERPRETED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
