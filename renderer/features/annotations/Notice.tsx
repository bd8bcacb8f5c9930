import { useEffect } from 'react';

interface NoticeProps {
  readonly message: string;
  /** A key that changes for each new notice, so the same words shown twice restart the timer. */
  readonly id: number;
  readonly onDismiss: () => void;
  readonly action?: { readonly label: string; readonly run: () => void } | undefined;
  readonly tone?: 'info' | 'problem';
}

/** A short notice at the bottom of the window ("Copied", "Undid: highlight"), gone after a few seconds. */
export function Notice({ message, id, onDismiss, action, tone = 'info' }: NoticeProps) {
  useEffect(() => {
    if (tone === 'problem') return;
    const timer = setTimeout(onDismiss, 4000);
    return () => clearTimeout(timer);
  }, [id, tone, onDismiss]);
  return (
    <div className={`toast notice notice--${tone}`} role={tone === 'problem' ? 'alert' : 'status'}>
      <p>{message}</p>
      {action ? (
        <button type="button" className="button button--quiet" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
