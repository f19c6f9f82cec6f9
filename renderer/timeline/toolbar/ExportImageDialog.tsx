import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/contract/calls';
import type { Profile } from '../../../shared/domain/profile';
import { client } from '../../api/client';
import { formatDay } from '../../common/dates';
import { Icon } from '../../common/Icon';
import { Modal } from '../../common/Modal';
import { ChoiceList, type Choice } from '../../exchange/ChoiceList';
import { PROFILE_CHOICES } from '../../exchange/profiles';
import { svgToPng } from '../../files/rasterize';
import { saveFile } from '../../files/saveFile';
import { useNotices } from '../../state/noticeStore';
import { usePresentation } from '../../state/presentationStore';
import { dateAt } from '../model/items';
import { visibleRange } from '../geometry/scale';
import { useTimeline } from '../state/timelineStore';
import './exportImage.css';
import '../../exchange/exportWarning.css';

type ImageFormat = 'png' | 'svg';

const FORMATS: readonly Choice<ImageFormat>[] = [
  { id: 'png', label: 'PNG', hint: 'A picture for slides, chat and mail.' },
  { id: 'svg', label: 'SVG', hint: 'Sharp at any size; for web pages and print.' },
];

type Prepared =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; picture: CallOutput<'calendars.exportPicture'>; url: string };

interface ExportImageDialogProps {
  returnFocus: HTMLElement | null;
  onClose(): void;
}

/**
 * The timeline as a picture to post: the dates on screen (and the release
 * chosen in the filter), under an export profile, public unless asked.
 */
export function ExportImageDialog({ returnFocus, onClose }: ExportImageDialogProps) {
  const presenting = usePresentation((s) => s.presenting);
  const say = useNotices((s) => s.say);
  const release = useTimeline((s) => s.filters.release);
  // The range is taken once: the picture is of what was on screen when it was asked for.
  const [range] = useState(() => {
    const { scale, width } = useTimeline.getState();
    if (!scale || width <= 0) return null;
    const [from, to] = visibleRange(scale, width);
    return { from: dateAt(from), to: dateAt(to) };
  });
  const [profile, setProfile] = useState<Profile>('public');
  const [format, setFormat] = useState<ImageFormat>('png');
  const [prepared, setPrepared] = useState<Prepared>({ phase: 'loading' });
  const [saving, setSaving] = useState(false);
  const tickets = useRef(0);
  const request = useMemo(
    () => ({ profile, presenting, release, from: range?.from ?? null, to: range?.to ?? null }),
    [profile, presenting, release, range],
  );

  useEffect(() => {
    const ticket = ++tickets.current;
    let url: string | null = null;
    void client()
      .call('calendars.exportPicture', request)
      .then((result) => {
        if (ticket !== tickets.current) return;
        if (!result.ok) {
          setPrepared({ phase: 'failed', message: result.error.message });
          return;
        }
        url = URL.createObjectURL(new Blob([result.value.content], { type: 'image/svg+xml' }));
        setPrepared({ phase: 'ready', picture: result.value, url });
      });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [request]);

  const team = profile === 'team';
  const save = async () => {
    if (prepared.phase !== 'ready') return;
    const { picture } = prepared;
    setSaving(true);
    try {
      const fileName =
        format === 'svg' ? picture.fileName : picture.fileName.replace(/\.svg$/, '.png');
      const content =
        format === 'svg'
          ? new Blob([picture.content], { type: 'image/svg+xml' })
          : await svgToPng(picture.content, picture.width, picture.height);
      saveFile({ fileName, content });
      say(
        'info',
        `Exported ${fileName} (${profile} profile${team && !presenting ? ': embargoed titles included' : ''}).`,
      );
      onClose();
    } catch (error) {
      say(
        'error',
        `The picture was not saved: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="Export image" onClose={onClose} returnFocus={returnFocus}>
      <div className="modal-body export-image-body">
        <div className="export-image-options">
          <div className="export-image-column">
            <ChoiceList<ImageFormat>
              legend="Format"
              choices={FORMATS}
              value={format}
              onChange={setFormat}
              layout="row"
            />
            <p className="export-image-range">
              {range
                ? `It shows the dates on the timeline now, ${formatDay(range.from)} to ${formatDay(range.to)}${release ? `, release ${release} only` : ''}. Pan or zoom first to change them.`
                : 'It shows the next release to come.'}
            </p>
          </div>
          <ChoiceList<Profile>
            legend="Profile"
            choices={PROFILE_CHOICES}
            value={profile}
            onChange={setProfile}
          />
          {presenting && profile !== 'public' ? (
            <p className="export-effect">
              <Icon name="eye" />
              <span>Presentation mode is on: embargoed titles are left out of the picture.</span>
            </p>
          ) : null}
          {team && !presenting ? (
            <div className="export-warning" role="alert">
              <Icon name="alert" />
              <div>
                <p className="export-warning-title">This picture shows embargoed titles</p>
                <p>Anyone who sees it learns them. Keep it inside the security team.</p>
              </div>
            </div>
          ) : null}
        </div>
        <figure className="export-image-preview" aria-live="polite">
          {prepared.phase === 'loading' ? <p className="muted">Drawing the picture…</p> : null}
          {prepared.phase === 'failed' ? (
            <p className="form-problems" role="alert">
              The picture could not be drawn: {prepared.message}
            </p>
          ) : null}
          {prepared.phase === 'ready' ? (
            <>
              <img
                src={prepared.url}
                alt={`Preview: ${prepared.picture.notice}`}
                width={prepared.picture.width}
                height={prepared.picture.height}
              />
              <figcaption className="muted">
                {prepared.picture.notice} {prepared.picture.width} × {prepared.picture.height}{' '}
                pixels{format === 'png' ? ', saved at twice that for sharp text' : ''}.
              </figcaption>
            </>
          ) : null}
        </figure>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={team && !presenting ? 'button button-caution' : 'button button-primary'}
          disabled={prepared.phase !== 'ready' || saving}
          onClick={() => void save()}
        >
          {team && !presenting ? <Icon name="alert" /> : null}
          {saving ? 'Saving…' : `Save ${format.toUpperCase()}`}
        </button>
      </div>
    </Modal>
  );
}
