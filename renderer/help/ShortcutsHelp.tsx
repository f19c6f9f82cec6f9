import { Fragment } from 'react';
import { Modal } from '../common/Modal';
import { SHORTCUTS } from './shortcutList';
import { useShortcutsHelp } from './shortcuts';
import './help.css';

/** The keyboard shortcuts, opened with "?" or the header's button. */
export function ShortcutsHelp() {
  const open = useShortcutsHelp((state) => state.target !== null);
  const hide = useShortcutsHelp((state) => state.close);
  const returnFocus = useShortcutsHelp((state) => state.returnFocus);
  if (!open) return null;
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={hide}
      returnFocus={returnFocus}
      initialFocus=".modal-footer .button"
    >
      <div className="modal-body shortcuts-body">
        {SHORTCUTS.map((group) => (
          <section key={group.title} className="shortcuts-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.keys.map((entry) => (
                <div key={entry.what} className="shortcuts-row">
                  <dt>
                    {entry.keys.map((chord, i) => (
                      <Fragment key={i}>
                        {i > 0 ? <span className="shortcuts-or">or</span> : null}
                        <span className="shortcuts-chord">
                          {chord.map((key, j) => (
                            <Fragment key={j}>
                              {j > 0 ? '+' : null}
                              <kbd>{key}</kbd>
                            </Fragment>
                          ))}
                        </span>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{entry.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="muted">On a Mac, Cmd works where Ctrl is written.</p>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={hide}>
          Close
        </button>
      </div>
    </Modal>
  );
}
