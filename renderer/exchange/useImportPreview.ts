import { useEffect, useState } from 'react';
import type { Result } from '../../shared/errors/result';
import { client } from '../api/client';
import type { TextFile } from '../files/readTextFile';
import type { ImportKind } from './importKind';
import {
  DEFAULT_CHOICES,
  runImport,
  type ImportChoices,
  type ImportOutcome,
} from './importPreview';

/** A file as read, numbered so that reading the same file again asks again. */
export interface PickedFile {
  token: number;
  file: TextFile;
}

interface Answer {
  key: string;
  result: Result<ImportOutcome>;
}

/**
 * What importing the file as `kind` would do (a preview writes nothing),
 * asked again when the file or the kind changes. Null while it is asked.
 */
export function useImportPreview(
  picked: PickedFile | null,
  kind: ImportKind | null,
  choices: ImportChoices = DEFAULT_CHOICES,
): Result<ImportOutcome> | null {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { settings, holidays, conflicts } = choices;
  const keyOf = (token: number, of: ImportKind) =>
    `${token}:${of}:${settings}:${holidays}:${conflicts}`;
  const key = picked && kind ? keyOf(picked.token, kind) : null;
  useEffect(() => {
    if (!picked || !kind) return;
    let live = true;
    void runImport(client(), {
      file: picked.file,
      kind,
      preview: true,
      choices: { settings, holidays, conflicts },
    }).then((result) => {
      if (live)
        setAnswer({
          key: `${picked.token}:${kind}:${settings}:${holidays}:${conflicts}`,
          result,
        });
    });
    return () => {
      live = false;
    };
  }, [picked, kind, settings, holidays, conflicts]);
  return key !== null && answer?.key === key ? answer.result : null;
}
