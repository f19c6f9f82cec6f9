import { utcToday } from '../../shared/domain/dates';
import type { Release } from '../../shared/domain/release';
import { Icon } from '../common/Icon';
import { useConfirm } from '../state/confirmStore';
import { useEditor } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { useNow } from '../state/useNow';
import { planStore, usePlan } from '../state/usePlan';
import { TemplatesButton } from '../templates/TemplatesButton';
import { useAnalysis } from '../planning/useAnalysis';
import { ReleaseCard } from './ReleaseCard';
import './ReleasesPanel.css';

const ADD_BUTTON_ID = 'add-release';

export function ReleasesPanel() {
  const releases = usePlan((state) => state.releases);
  const advisories = usePlan((state) => state.advisories);
  const open = useEditor((state) => state.open);
  const ask = useConfirm((state) => state.open);
  const say = useNotices((state) => state.say);
  const settings = usePlan((state) => state.settings);
  const analysis = useAnalysis();
  const standings = new Map(analysis.releases.map((r) => [r.release, r]));
  const now = useNow();
  const today = utcToday(now);

  const askDelete = (release: Release) => {
    const affected = advisories.filter((a) => a.affects.includes(release.name)).length;
    const milestones = release.milestones.length;
    ask({
      title: `Delete release ${release.name}?`,
      message: [
        milestones > 0
          ? `Its ${milestones === 1 ? 'milestone is' : `${milestones} milestones are`} deleted with it.`
          : null,
        affected > 0
          ? `${affected === 1 ? 'One advisory lists' : `${affected} advisories list`} it as affected and will no longer.`
          : null,
        'This cannot be undone.',
      ]
        .filter(Boolean)
        .join(' '),
      confirmLabel: 'Delete release',
      fallbackFocus: () => document.getElementById(ADD_BUTTON_ID),
      run: async () => {
        const result = await planStore
          .getState()
          .write('releases.delete', { id: release.id, revision: release.revision });
        if (!result.ok) return result.error;
        say('info', `Deleted release ${release.name}.`);
        return null;
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="releases-heading">
      <div className="panel-header">
        <h2 id="releases-heading">
          Releases <span className="count">{releases.length}</span>
        </h2>
        <TemplatesButton />
        <button
          id={ADD_BUTTON_ID}
          type="button"
          className="button"
          onClick={() => open({ type: 'release', id: null })}
        >
          <Icon name="plus" />
          Add release
        </button>
      </div>
      {releases.length === 0 ? (
        <p className="panel-empty">
          No releases yet. Add one with its milestones: feature freeze, code freeze, release…
        </p>
      ) : (
        <div className="release-list">
          {releases.map((release) => (
            <ReleaseCard
              key={release.id}
              release={release}
              now={now}
              today={today}
              standing={standings.get(release.name)}
              settings={settings}
              onEdit={() => open({ type: 'release', id: release.id })}
              onDelete={() => askDelete(release)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
