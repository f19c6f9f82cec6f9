// Names offered to the save dialog. The user can still change them there;
// these only keep a default from carrying characters some systems refuse.

// Control characters are refused by Windows and confuse every shell.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** A file name every desktop system accepts: no separators, no reserved or control characters. */
export function safeFileName(name: string, fallback = 'export.txt'): string {
  const cleaned = name
    .replace(UNSAFE, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}

/** The extension of a file name in lower case, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
