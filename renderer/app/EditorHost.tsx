import { AdvisoryEditor } from '../advisories/AdvisoryEditor';
import { ReleaseEditor } from '../releases/ReleaseEditor';
import { isEmbargoed } from '../common/redaction';
import { useEditor } from '../state/editorStore';
import { usePresentation } from '../state/presentationStore';
import { usePlan } from '../state/usePlan';
import { PresentingGuard } from './PresentingGuard';

/** Shows the editor the editor store asks for, over whichever view is on screen. */
export function EditorHost() {
  const target = useEditor((state) => state.target);
  const releases = usePlan((state) => state.releases);
  const advisories = usePlan((state) => state.advisories);
  const presenting = usePresentation((state) => state.presenting);
  if (!target) return null;
  // Keyed by what is edited, so switching targets starts a fresh form rather than reusing a draft.
  const key = `${target.type}-${target.id ?? 'new'}`;
  if (target.type === 'release') {
    const release = target.id === null ? null : releases.find((r) => r.id === target.id);
    return release === undefined ? null : (
      <ReleaseEditor key={key} release={release} focus={target.focus} />
    );
  }
  const advisory = target.id === null ? null : advisories.find((a) => a.id === target.id);
  // The editor shows every confidential field: while presenting it waits to be asked twice.
  if (presenting && advisory && isEmbargoed(advisory))
    return <PresentingGuard key={key} advisoryKey={advisory.key} />;
  return advisory === undefined ? null : (
    <AdvisoryEditor key={key} advisory={advisory} focus={target.focus} />
  );
}
