import type { ReactNode } from 'react';
import { Field } from '../common/Field';
import './FilePicker.css';

interface FilePickerProps {
  label: string;
  /** File types the chooser offers first, as <input accept> takes them. */
  accept: string;
  hint?: ReactNode;
  error?: string;
  onFile(file: File): void;
}

/** The platform's file chooser: the same in a browser and in Electron's sandboxed renderer. */
export function FilePicker({ label, accept, hint, error, onFile }: FilePickerProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="file"
          className="file-input"
          accept={accept}
          // Cleared on each click so that choosing the same file again (after
          // correcting it) is a change and is read anew.
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      )}
    </Field>
  );
}
