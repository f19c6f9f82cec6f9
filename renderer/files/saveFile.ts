import { safeFileName } from './fileNames';

export interface FileToSave {
  fileName: string;
  /** Text, or a Blob already made (an SVG serialised, a canvas's PNG). */
  content: string | Blob;
  /** The MIME type of text content; a Blob keeps its own. */
  type?: string;
}

// How long the object URL outlives the click: the browser reads the Blob
// after click() returns, and Electron only once its save dialog is answered.
const REVOKE_AFTER_MS = 10 * 60_000;

/**
 * Hands a file to the browser's download: Chromium saves it (or asks where),
 * Electron shows its save dialog. The same code works in both because it
 * needs no Node and no network: the data never leaves the process.
 */
export function saveFile({
  fileName,
  content,
  type = 'text/plain;charset=utf-8',
}: FileToSave): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  // Not put into the page: while a modal dialog is open everything outside it
  // is inert, and a detached link downloads just the same.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
