import { useEffect, useState } from 'react';
import type { Result } from '../../shared/errors/result';
import type { Profile } from '../../shared/domain/profile';
import { client } from '../api/client';
import type { ExportFormat } from './exportChoice';
import { prepareExport, type PreparedExport } from './prepareExport';

interface Answer {
  key: string;
  result: Result<PreparedExport>;
}

const keyOf = (format: ExportFormat, release: string | null, profile: Profile) =>
  `${format}\u0000${release ?? ''}\u0000${profile}`;

/**
 * The export for the current choice, made again whenever the choice changes.
 * `current` is null while the answer for this very choice is on its way, so
 * nothing can be saved or copied from a preview of another profile.
 */
export function useExportPreview(format: ExportFormat, release: string | null, profile: Profile) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let live = true;
    void prepareExport(client(), { format, release, profile }).then((result) => {
      if (live) setAnswer({ key: keyOf(format, release, profile), result });
    });
    return () => {
      live = false;
    };
  }, [format, release, profile]);
  const key = keyOf(format, release, profile);
  return {
    current: answer?.key === key ? answer.result : null,
    /** The last answer, kept on screen (dimmed) while the next one comes. */
    previous: answer?.result ?? null,
  };
}
