import { useEffect, useState, type RefObject } from 'react';
import { copyText, selectContents } from './copyText';

interface CopyButtonProps {
  text: string;
  label: string;
  /** The element showing the text: selected for a copy by hand when the clipboard refuses. */
  source?: RefObject<HTMLElement | null>;
  disabled?: boolean;
}

/** Copies text and says so on the button itself for a moment; a refusal is said too. */
export function CopyButton({ text, label, source, disabled }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    if (await copyText(text)) setState('copied');
    else {
      if (source?.current) selectContents(source.current);
      setState('refused');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button" disabled={disabled} onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span aria-live="polite" className={state === 'refused' ? 'copy-refused' : 'visually-hidden'}>
        {state === 'copied'
          ? 'Copied to the clipboard.'
          : state === 'refused'
            ? 'The clipboard refused; the text is selected, copy it with Ctrl+C.'
            : ''}
      </span>
    </span>
  );
}
