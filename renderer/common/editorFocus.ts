import type { EditorFocus } from '../state/editorStore';

/**
 * The selector of the input an editor opened from a milestone, lift or
 * follow-up starts in: that item's date. Undefined leaves the editor's own
 * first field.
 */
export function focusSelector(focus: EditorFocus | undefined): string | undefined {
  if (!focus) return undefined;
  if ('milestoneId' in focus)
    return `[data-milestone-id="${focus.milestoneId}"] td.cell-date input`;
  if ('followUpId' in focus) return `[data-follow-up-id="${focus.followUpId}"] .input-date`;
  return `[data-field="${focus.field}"] .input-date`;
}
