import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ParsedAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import { client } from '../api/client';
import { Icon } from '../common/Icon';
import type { MailFill } from './mailFill';

type Report = Pick<MailFill, 'read' | 'filled' | 'sources' | 'missing' | 'warnings'>;

interface PasteMailProps {
  /** The pasted mail, kept with the form's draft so it can be corrected and read again. */
  text: string;
  onText(text: string): void;
  /** Puts what the mail says into the form; returns what it filled, for the report. */
  apply(mail: ParsedAdvisoryMail): Report;
}

/**
 * "Paste advisory mail": the security team receives advisories as mails, so
 * the form can be filled from one (quoted with "> " or not) and then checked.
 * The text goes to the backend's reader and nowhere else; nothing is saved
 * until the form is. The mail stays with the form: a mangled line can be
 * corrected and the mail read again.
 */
export function PasteMail({ text, onText, apply }: PasteMailProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // What the box holds while open; the kept mail changes only once it is read.
  const [editing, setEditing] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  const start = (again: boolean) => {
    setOpen(true);
    setEditing(again ? text : '');
    setError(null);
    // After the textarea is on screen.
    requestAnimationFrame(() => textRef.current?.focus());
  };

  const read = async () => {
    if (busy) return;
    if (editing.trim() === '') {
      setError('Paste the mail first: the whole of it, headers included.');
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await client().call('advisories.parsePaste', { text: editing });
    setBusy(false);
    if (!result.ok) {
      setError(`The mail could not be read: ${result.error.message}`);
      return;
    }
    onText(editing);
    setReport(apply(result.value));
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Ctrl+Enter here reads the mail; it must not save the half-filled form.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void read();
    }
    // Escape puts the mail away, not the whole advisory typed so far.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      requestAnimationFrame(() => startRef.current?.focus());
    }
  };

  return (
    <section className="paste-mail" aria-label="Paste advisory mail">
      {!open ? (
        <div className="paste-mail-start">
          {text.trim() !== '' ? (
            <button
              type="button"
              className="button"
              onClick={() => start(true)}
              ref={startRef}
              title="Opens the mail as it was pasted, to correct it and fill the form again"
            >
              <Icon name="pencil" />
              Correct the mail and read again
            </button>
          ) : null}
          <button
            type="button"
            className={text.trim() !== '' ? 'button button-quiet' : 'button'}
            onClick={() => start(false)}
            ref={text.trim() !== '' ? undefined : startRef}
          >
            <Icon name="clipboard" />
            {report || text.trim() !== '' ? 'Paste another mail' : 'Paste advisory mail'}
          </button>
          {text.trim() === '' ? (
            <span className="field-hint">
              Fills the form from a Xen Security Advisory mail, quoted (“&gt; ”) or not.
            </span>
          ) : null}
        </div>
      ) : (
        <div className="paste-mail-input">
          <label htmlFor={`${id}-text`} className="field-label">
            Advisory mail
          </label>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            className="input textarea paste-mail-text"
            rows={8}
            value={editing}
            spellCheck={false}
            placeholder={
              'Subject: Xen Security Advisory 480 v2 …\nDate: …\n\n  Xen Security Advisory CVE-… / XSA-480'
            }
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            {...(error ? { 'aria-invalid': true } : {})}
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={`${id}-hint`} className="field-hint">
            The whole mail, headers included: the Date header tells when it was sent. Ctrl+Enter
            reads it.
          </p>
          {error ? (
            <p id={`${id}-error`} className="field-error">
              <span className="field-error-mark" aria-hidden="true">
                !
              </span>
              {error}
            </p>
          ) : null}
          <div className="paste-mail-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void read()}
            >
              {busy ? 'Reading…' : 'Fill the form'}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => startRef.current?.focus());
              }}
            >
              Never mind
            </button>
          </div>
        </div>
      )}
      {report ? <PasteReport report={report} reportRef={reportRef} /> : null}
    </section>
  );
}

function PasteReport({
  report,
  reportRef,
}: {
  report: Report;
  reportRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div className="paste-report" ref={reportRef} tabIndex={-1} role="status">
      {report.filled.length > 0 ? (
        <p>
          <strong>{report.read ? `Read ${report.read}.` : 'Read the mail.'}</strong> Filled{' '}
          {report.filled.join(', ')}: check them below before saving.
        </p>
      ) : (
        <p>
          <strong>Nothing could be read from the mail.</strong> Is it a Xen Security Advisory?
        </p>
      )}
      {report.sources.length > 0 ? (
        <dl className="paste-sources">
          {report.sources.map((source) => (
            <div key={source.label}>
              <dt>{source.label}</dt>
              <dd>{source.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {report.missing.length > 0 ? (
        <div className="paste-missing">
          <strong>Not in the mail; fill in what you know:</strong>
          <ul>
            {report.missing.map((item) => (
              <li key={item.label}>
                <span className="paste-missing-field">{item.label}</span>: {item.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.warnings.length > 0 ? (
        <ul className="paste-warnings">
          {report.warnings.map((warning) => (
            <li key={warning}>
              <Icon name="alert" />
              {warning}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
