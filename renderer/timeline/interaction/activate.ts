import { useEditor } from '../../state/editorStore';
import type { Target } from '../model/targets';
import { useTimeline } from '../state/timelineStore';

/**
 * What a click or Enter does: milestones and advisories open their editor;
 * warnings and suggestions open their details, pinned, with their buttons.
 */
export function activate(target: Target): void {
  switch (target.kind) {
    case 'milestone':
      useEditor.getState().open({
        type: 'release',
        id: target.lane.release.id,
        focus: { milestoneId: target.mark.milestone.id },
      });
      return;
    case 'advisory':
      useEditor.getState().open({
        type: 'advisory',
        id: target.item.advisory.id,
        focus: { field: 'publicAt' },
      });
      return;
    case 'follow-up':
      useEditor.getState().open({
        type: 'advisory',
        id: target.item.advisory.id,
        focus: { followUpId: target.mark.followUp.id },
      });
      return;
    case 'finding':
    case 'findings':
    case 'suggestion':
      useTimeline.getState().setPopover({ id: target.id, pinned: true });
      return;
  }
}
