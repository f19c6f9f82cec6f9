import { useId, useState } from 'react';
import { PROFILE_DESCRIPTIONS, PROFILES, type Profile } from '../../shared/domain/profile';
import { saveFile } from '../files/saveFile';
import { useNotices } from '../state/noticeStore';
import { usePresentation } from '../state/presentationStore';

// Export buttons for a view's chart and table, under one profile choice:
// public (the default) leaves embargoed advisories out of the chart, pre-
// disclosure shows them by key, team with their titles, and says so plainly.
// While presenting, the team profile is not offered at all.

export interface ExportFile {
  /** The button's text, e.g. "Chart SVG". */
  label: string;
  fileName: string;
  make(profile: Profile): Promise<Blob | string> | Blob | string;
  /** MIME type of text content. */
  type?: string;
}

const TITLES: Record<Profile, string> = {
  public: 'Public',
  predisclosure: 'Pre-disclosure',
  team: 'Team',
};

export function ExportBar({ files, what }: { files: readonly ExportFile[]; what: string }) {
  const presenting = usePresentation((state) => state.presenting);
  const say = useNotices((state) => state.say);
  const [chosen, setChosen] = useState<Profile>('public');
  const [busy, setBusy] = useState(false);
  const profile: Profile = presenting && chosen === 'team' ? 'predisclosure' : chosen;
  const id = useId();

  const save = async (file: ExportFile) => {
    setBusy(true);
    try {
      const content = await file.make(profile);
      saveFile({ fileName: file.fileName, content, type: file.type });
      say('info', `Exported ${file.fileName} (${TITLES[profile]} profile).`);
    } catch (error) {
      say('error', `${file.fileName} was not exported: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-export" role="group" aria-label={`Export the ${what}`}>
      <label className="chart-export-profile" htmlFor={id}>
        Profile
        <select
          id={id}
          className="input"
          value={profile}
          onChange={(event) => setChosen(event.target.value as Profile)}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p} disabled={presenting && p === 'team'}>
              {TITLES[p]}
            </option>
          ))}
        </select>
      </label>
      <span
        className={profile === 'team' ? 'chart-export-note is-team' : 'chart-export-note'}
        role={profile === 'team' ? 'alert' : undefined}
      >
        {presenting
          ? 'Presentation mode is on: embargoed titles stay out (the team profile is not offered).'
          : PROFILE_DESCRIPTIONS[profile]}
      </span>
      <div className="chart-export-buttons">
        {files.map((file) => (
          <button
            key={file.label}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void save(file)}
          >
            {file.label}
          </button>
        ))}
      </div>
    </div>
  );
}
