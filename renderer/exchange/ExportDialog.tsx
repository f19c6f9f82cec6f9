import { useState } from 'react';
import { client } from '../api/client';
import { Icon } from '../common/Icon';
import { Modal } from '../common/Modal';
import { saveFile } from '../files/saveFile';
import { useNotices } from '../state/noticeStore';
import { usePresentation } from '../state/presentationStore';
import { usePlan } from '../state/usePlan';
import { ChoiceList } from './ChoiceList';
import {
  EXPORT_FORMATS,
  defaultRelease,
  embargoedInScope,
  saveLabel,
  settleChoice,
  type ExportChoice,
} from './exportChoice';
import { ExportPreview } from './ExportPreview';
import { prepareExport } from './prepareExport';
import { useExchange } from './exchangeStore';
import { PROFILE_CHOICES, profileEffect } from './profiles';
import { ScopeChoice } from './ScopeChoice';
import { useExportPreview } from './useExportPreview';
import './exportWarning.css';

const INITIAL: ExportChoice = { format: 'ics', release: null, profile: 'public' };

/** Calendar, schedule mail or bundle, under a redaction profile, previewed before it is saved. */
export function ExportDialog() {
  const close = useExchange((state) => state.close);
  const returnFocus = useExchange((state) => state.returnFocus);
  const releases = usePlan((state) => state.releases);
  const advisories = usePlan((state) => state.advisories);
  const presenting = usePresentation((state) => state.presenting);
  const say = useNotices((state) => state.say);
  const [wanted, setWanted] = useState<ExportChoice>(INITIAL);
  // Settled on every render: a release deleted meanwhile must not stay chosen.
  const choice = settleChoice(wanted, releases);
  const { current, previous } = useExportPreview(choice.format, choice.release, choice.profile);
  const embargoed = embargoedInScope(advisories, choice.release);
  const prepared = current?.ok ? current.value : null;
  const team = choice.profile === 'team';

  const update = (patch: Partial<ExportChoice>) => setWanted({ ...choice, ...patch });
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!prepared || saving) return;
    // A calendar is made again to be saved: only a file that leaves counts as
    // published, and a public calendar later cancels only what it published.
    let file = prepared;
    if (choice.format === 'ics') {
      setSaving(true);
      const made = await prepareExport(client(), choice, { preview: false });
      setSaving(false);
      if (!made.ok) {
        say('error', `Nothing was exported: ${made.error.message}`);
        return;
      }
      file = made.value;
    }
    saveFile({ fileName: file.fileName, content: file.content, type: file.type });
    say(
      'info',
      `Exported ${file.fileName} (${choice.profile} profile${team ? ': embargoed details included' : ''}).`,
    );
    close();
  };

  return (
    <Modal title="Export" onClose={close} returnFocus={returnFocus}>
      <div className="exchange-export">
        <div className="modal-body export-body">
          <div className="export-format">
            <ChoiceList
              legend="Format"
              choices={EXPORT_FORMATS}
              value={choice.format}
              onChange={(format) => update({ format })}
              layout="row"
            />
          </div>
          <div className="export-options">
            <ScopeChoice
              format={choice.format}
              releases={releases}
              release={choice.release}
              fallbackRelease={defaultRelease(releases)}
              onChange={(release) => update({ release })}
            />
            <ChoiceList
              legend="Profile"
              choices={PROFILE_CHOICES}
              value={choice.profile}
              onChange={(profile) => update({ profile })}
            />
            {team ? (
              <div className="export-warning" role="alert">
                <Icon name="alert" />
                <div>
                  <p className="export-warning-title">This export includes embargoed details</p>
                  <p>{profileEffect(choice.profile, embargoed)}</p>
                </div>
              </div>
            ) : (
              <p className="export-effect">
                <Icon name={choice.profile === 'public' ? 'lock' : 'eye'} />
                <span>{profileEffect(choice.profile, embargoed)}</span>
              </p>
            )}
          </div>
          <ExportPreview current={current} previous={previous} presenting={presenting} />
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className={team ? 'button button-caution' : 'button button-primary'}
            disabled={prepared === null || saving}
            onClick={() => void save()}
          >
            {team ? <Icon name="alert" /> : null}
            {saveLabel(choice)}
          </button>
        </div>
      </div>
    </Modal>
  );
}
