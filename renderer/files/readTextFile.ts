/** The largest file the backend accepts (its schemas say 64 MiB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface TextFile {
  fileName: string;
  content: string;
  size: number;
}

export type ReadOutcome = { ok: true; file: TextFile } | { ok: false; message: string };

/** Text without a leading byte-order mark, which JSON.parse and some readers refuse. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** "1.2 MB", "830 bytes": a size as a person reads it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a file the user chose with <input type="file">: File.text() works in
 * a browser and in Electron's sandboxed renderer alike, no Node needed.
 */
export async function readTextFile(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<ReadOutcome> {
  if (file.size > maxBytes)
    return {
      ok: false,
      message: `${file.name} is ${formatSize(file.size)}; files up to ${formatSize(maxBytes)} can be imported.`,
    };
  try {
    const content = withoutBom(await file.text());
    return { ok: true, file: { fileName: file.name, content, size: file.size } };
  } catch (error) {
    return {
      ok: false,
      message: `${file.name} could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    };
  }
}
