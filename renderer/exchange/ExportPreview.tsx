import { useRef } from 'react';
import type { Result } from '../../shared/errors/result';
import { Icon } from '../common/Icon';
import { CopyButton } from '../files/CopyButton';
import { previewLines, type PreparedExport } from './prepareExport';

/** Enough to read a schedule or check a calendar; Save always writes the whole file. */
const MAX_PREVIEW_LINES = 400;

interface ExportPreviewProps {
  /** The answer for the current choice; null while it is being made. */
  current: Result<PreparedExport> | null;
  /** Shown dimmed while the current one is made, so the pane does not jump. */
  previous: Result<PreparedExport> | null;
  /** Presentation mode: a team export's text would put embargoed details on the shared screen. */
  presenting: boolean;
}

export function ExportPreview({ current, previous, presenting }: ExportPreviewProps) {
  const body = useRef<HTMLPreElement>(null);
  const shown = current ?? previous;
  const busy = current === null;
  if (shown === null)
    return (
      <section className="export-preview" aria-label="Preview" aria-busy="true">
        <p className="muted">Preparing the preview…</p>
      </section>
    );
  if (!shown.ok)
    return (
      <section className="export-preview" aria-label="Preview" aria-busy={busy}>
        <div className="form-problems" role="alert">
          <p className="form-problems-title">This export could not be made.</p>
          <p>{shown.error.message}</p>
        </div>
      </section>
    );
  const prepared = shown.value;
  const hidden = presenting && prepared.choice.profile === 'team';
  const lines = previewLines(prepared.body, MAX_PREVIEW_LINES);
  return (
    <section
      className={busy ? 'export-preview is-busy' : 'export-preview'}
      aria-label="Preview"
      aria-busy={busy}
      data-profile={prepared.choice.profile}
      data-format={prepared.choice.format}
    >
      <div className="export-preview-head">
        <h3>Preview</h3>
        <span className="export-file">
          <span className="export-file-name">{prepared.fileName}</span>
          <span className="muted"> · {prepared.summary}</span>
        </span>
        {prepared.subject !== null && !hidden ? (
          <CopyButton text={prepared.body} label="Copy mail text" source={body} disabled={busy} />
        ) : null}
      </div>
      {hidden ? (
        <div className="export-hidden">
          <Icon name="eye" />
          <p>
            Hidden while presenting: this text carries embargoed details. Turn presentation mode off
            to read it; Save writes it either way.
          </p>
        </div>
      ) : (
        <>
          {prepared.subject !== null ? (
            <div className="mail-subject">
              <span className="mail-subject-label">Subject</span>
              <output className="mail-subject-text" aria-label="Mail subject">
                {prepared.subject}
              </output>
              <CopyButton text={prepared.subject} label="Copy subject" disabled={busy} />
            </div>
          ) : null}
          <pre
            ref={body}
            className="preview-text"
            aria-label="Preview text"
            // Scrollable, so it must be reachable from the keyboard.
            tabIndex={0}
          >
            {lines.text}
          </pre>
          {lines.hidden > 0 ? (
            <p className="field-hint">
              The preview shows the first {MAX_PREVIEW_LINES} lines; {lines.hidden} more are in the
              file.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
