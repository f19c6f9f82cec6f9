import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Icon } from '../common/Icon';
import { TemplatesManager } from './TemplatesManager';
import './templates.css';

/** Opens the templates manager; lives in the Releases panel's header. */
export function TemplatesButton() {
  const [open, setOpen] = useState<HTMLElement | null>(null);
  return (
    <>
      <button
        type="button"
        className="button templates-button"
        onClick={(event) => setOpen(event.currentTarget)}
      >
        <Icon name="layers" />
        Templates
      </button>
      {/* In <body>, not in the panel header: the header's button and heading styles must not reach the dialog. */}
      {open
        ? createPortal(
            <TemplatesManager returnFocus={open} onClose={() => setOpen(null)} />,
            document.body,
          )
        : null}
    </>
  );
}
