import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { useCloseGuard } from '../common/DiscardPrompt';
import { Modal } from '../common/Modal';
import { useNotices } from '../state/noticeStore';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { useTemplates } from './templatesStore';

/** What the dialog shows: the list, or one template's form. */
type Mode = { view: 'list' } | { view: 'edit'; template: TemplateInfo | null; copy: boolean };

interface TemplatesManagerProps {
  returnFocus: HTMLElement | null;
  onClose(): void;
}

/** Release templates: the shipped ones to read or copy, the user's to create, edit and delete. */
export function TemplatesManager({ returnFocus, onClose }: TemplatesManagerProps) {
  const [mode, setMode] = useState<Mode>({ view: 'list' });
  const [editorDirty, setEditorDirty] = useState(false);
  const say = useNotices((state) => state.say);
  const guard = useCloseGuard({
    what: 'the template',
    dirty: mode.view === 'edit' && editorDirty,
    close: onClose,
    forget: () => setEditorDirty(false),
    canKeepDraft: false,
  });

  useEffect(() => {
    void useTemplates.getState().load();
  }, []);

  const remove = async (template: TemplateInfo) => {
    if (template.id === null) return;
    const result = await useTemplates
      .getState()
      .write('templates.delete', { id: template.id, revision: template.revision });
    if (result.ok) say('info', `Deleted template ${template.name}.`);
    else say('error', `Template ${template.name} was not deleted: ${result.error.message}`);
  };

  return (
    <Modal title="Release templates" onClose={guard.requestClose} returnFocus={returnFocus}>
      {mode.view === 'list' ? (
        <TemplateList
          onNew={() => setMode({ view: 'edit', template: null, copy: false })}
          onEdit={(template) => setMode({ view: 'edit', template, copy: false })}
          onCopy={(template) => setMode({ view: 'edit', template, copy: true })}
          onDelete={(template) => void remove(template)}
          onClose={onClose}
        />
      ) : (
        <TemplateEditor
          key={`${mode.template?.id ?? 'new'}-${mode.copy}`}
          template={mode.template}
          copy={mode.copy}
          onDone={() => {
            setEditorDirty(false);
            setMode({ view: 'list' });
          }}
          onDirty={setEditorDirty}
        />
      )}
      {guard.prompt}
    </Modal>
  );
}
