import { useEffect, useRef } from 'react';
import { dismissNotice, useNotices, type AppNotice } from './noticeStore';
import { loadStartupNotice } from './startupNotice';
import '../../styles/notices.css';

/** The banners at the top of the window; the first time it mounts, it asks main for the startup notice. */
export function NoticeBanner() {
  const notices = useNotices();
  useEffect(loadStartupNotice, []);
  if (notices.length === 0) return null;
  return (
    <div className="notice-banners">
      {notices.map((notice) => (
        <Banner key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function Banner({ notice }: { readonly notice: AppNotice }) {
  const element = useRef<HTMLDivElement>(null);
  const titleId = `notice-${notice.id}-title`;
  useEffect(() => {
    if (notice.focus === true) element.current?.focus();
  }, [notice.focus]);
  return (
    <div
      ref={element}
      className={`notice-banner notice-banner--${notice.tone}`}
      role={notice.tone === 'problem' ? 'alert' : 'status'}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="notice-banner"
    >
      <div className="notice-banner__inner">
        <div className="notice-banner__text">
          <p className="notice-banner__title" id={titleId}>
            {notice.title}
          </p>
          <p className="notice-banner__message">{notice.message}</p>
          {notice.details && notice.details.length > 0 ? (
            <ul className="notice-banner__details">
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <button type="button" className="button" onClick={() => dismissNotice(notice.id)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
