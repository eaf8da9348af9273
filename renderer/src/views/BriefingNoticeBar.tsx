// The notice shown when a briefing made for an earlier version of the report is opened: that the
// report changed, and which of the briefing's slides no longer exist (by title where known).
import type { BriefingNotice } from '../briefing/useBriefing';
import { T } from '../i18n';

export function BriefingNoticeBar({ notice, onClose }: { notice: BriefingNotice; onClose: () => void }) {
  return (
    <div className="notice-bar briefing-notice" role="status" data-testid="briefing-notice">
      <p>{T.briefing.changed(notice.file)}</p>
      {notice.missing.length === 0 ? (
        <p>{T.briefing.noneGone}</p>
      ) : (
        <>
          <p>{T.briefing.gone}</p>
          <ul>
            {notice.missing.map((m) => (
              <li key={m.id} data-slide-id={m.id}>
                {m.title ? `${m.title}（${m.id}）` : m.id}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        {T.notice.close}
      </button>
    </div>
  );
}
