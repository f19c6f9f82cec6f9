import { Icon } from '../common/Icon';
import { useNotices } from '../state/noticeStore';
import './Notices.css';

/** Confirmations and stray failures, announced politely and shown bottom right. */
export function Notices() {
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <Icon name={notice.tone === 'error' ? 'alert' : 'check'} />
          <span>{notice.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => dismiss(notice.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
