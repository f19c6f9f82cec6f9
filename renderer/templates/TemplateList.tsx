import { useState } from 'react';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { Icon } from '../common/Icon';
import { offsetText, rowTitle } from './templateDraft';
import { useTemplates } from './templatesStore';

interface TemplateListProps {
  onNew(): void;
  onEdit(template: TemplateInfo): void;
  onCopy(template: TemplateInfo): void;
  onDelete(template: TemplateInfo): void;
  onClose(): void;
}

export function TemplateList({ onNew, onEdit, onCopy, onDelete, onClose }: TemplateListProps) {
  const templates = useTemplates((state) => state.templates);
  const loaded = useTemplates((state) => state.loaded);
  const loadError = useTemplates((state) => state.loadError);
  // Deleting a template cannot be undone: the row asks once more, in place.
  const [confirming, setConfirming] = useState<number | null>(null);

  return (
    <>
      <div className="modal-body">
        <p className="form-note">
          A template places each milestone a number of days before the target release date. Pick one
          under “Start from a template” when adding a release.
        </p>
        {loadError ? (
          <p className="field-error">Templates could not be loaded: {loadError}</p>
        ) : null}
        {!loaded && !loadError ? <p className="muted">Loading templates…</p> : null}
        <ul className="template-list">
          {templates.map((template) => {
            const key = `${template.shipped ? 'shipped' : 'user'}-${template.id ?? template.name}`;
            return (
              <li key={key} className="template-item" aria-label={`Template ${template.name}`}>
                <div className="template-item-head">
                  <h3 className="template-name">{template.name}</h3>
                  {template.shipped ? <span className="tag">shipped</span> : null}
                  <span className="row-actions">
                    {template.shipped || template.id === null ? (
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => onCopy(template)}
                      >
                        Copy
                      </button>
                    ) : confirming === template.id ? (
                      <>
                        <span className="template-confirm">Delete {template.name}?</span>
                        <button
                          type="button"
                          className="button button-danger"
                          onClick={() => {
                            setConfirming(null);
                            onDelete(template);
                          }}
                        >
                          Delete template
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => setConfirming(null)}
                        >
                          Keep
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Edit template ${template.name}`}
                          title="Edit template"
                          onClick={() => onEdit(template)}
                        >
                          <Icon name="pencil" />
                        </button>
                        <button
                          type="button"
                          className="icon-button icon-button-danger"
                          aria-label={`Delete template ${template.name}`}
                          title="Delete template"
                          onClick={() => setConfirming(template.id)}
                        >
                          <Icon name="trash" />
                        </button>
                      </>
                    )}
                  </span>
                </div>
                {template.milestones.length === 0 ? (
                  <p className="muted">Only the release date; add milestones by hand.</p>
                ) : (
                  <ol className="template-offsets">
                    {template.milestones.map((m, index) => (
                      <li key={index}>
                        <span>{rowTitle(m.kind, m.label)}</span>
                        <span className="muted">{offsetText(m.offsetDays)}</span>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button-primary" onClick={onNew}>
          <Icon name="plus" />
          New template
        </button>
      </div>
    </>
  );
}
