import { PlannerError } from '../../shared/errors/result';
import {
  decodeFileText,
  formatSize,
  MAX_FILE_BYTES,
  withoutBom,
} from '../../shared/exchange/fileText';

export { formatSize, withoutBom };

/** The largest file the backend accepts (its schemas say 64 MiB). */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

export interface TextFile {
  fileName: string;
  content: string;
  size: number;
}

export type ReadOutcome = { ok: true; file: TextFile } | { ok: false; message: string };

/**
 * Reads a file the user chose with <input type="file">: Blob.arrayBuffer()
 * works in a browser and in Electron's sandboxed renderer alike, no Node
 * needed. The bytes are decoded here, strictly: File.text() would turn
 * bytes that are not UTF-8 into U+FFFD, which would then be stored.
 */
export async function readTextFile(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<ReadOutcome> {
  if (file.size > maxBytes)
    return {
      ok: false,
      message: `${file.name} is ${formatSize(file.size)}; files up to ${formatSize(maxBytes)} can be imported.`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      message: `${file.name} could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    };
  }
  try {
    const content = decodeFileText(bytes, file.name);
    return { ok: true, file: { fileName: file.name, content, size: file.size } };
  } catch (error) {
    if (error instanceof PlannerError) return { ok: false, message: `${error.message}.` };
    throw error;
  }
}
