import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ParsedAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import { client } from '../api/client';
import { Icon } from '../common/Icon';
import type { MailFill } from './mailFill';

type Report = Pick<MailFill, 'read' | 'filled' | 'missing' | 'warnings'>;

interface PasteMailProps {
  /** Puts what the mail says into the form; returns what it filled, for the report. */
  apply(mail: ParsedAdvisoryMail): Report;
}

/**
 * "Paste advisory mail": the security team receives advisories as mails, so
 * the form can be filled from one (quoted with "> " or not) and then checked.
 * The text goes to the backend's reader and nowhere else; nothing is saved
 * until the form is.
 */
export function PasteMail({ apply }: PasteMailProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  const start = () => {
    setOpen(true);
    setReport(null);
    setError(null);
    // After the textarea is on screen.
    requestAnimationFrame(() => textRef.current?.focus());
  };

  const read = async () => {
    if (busy) return;
    if (text.trim() === '') {
      setError('Paste the mail first: the whole of it, headers included.');
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await client().call('advisories.parsePaste', { text });
    setBusy(false);
    if (!result.ok) {
      setError(`The mail could not be read: ${result.error.message}`);
      return;
    }
    setReport(apply(result.value));
    setOpen(false);
    setText('');
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
          <button type="button" className="button" onClick={start} ref={startRef}>
            <Icon name="clipboard" />
            {report ? 'Paste another mail' : 'Paste advisory mail'}
          </button>
          <span className="field-hint">
            Fills the form from a Xen Security Advisory mail, quoted (“&gt; ”) or not.
          </span>
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
            value={text}
            spellCheck={false}
            placeholder={
              'Subject: Xen Security Advisory 480 v2 …\nDate: …\n\n  Xen Security Advisory CVE-… / XSA-480'
            }
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            {...(error ? { 'aria-invalid': true } : {})}
            onChange={(event) => setText(event.target.value)}
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
