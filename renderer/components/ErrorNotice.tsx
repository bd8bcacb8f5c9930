import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  /** What did not work, in the app's words. */
  readonly title: string;
  /** The main process's message (GlossClientError) is already plain words; shown as it is. */
  readonly error: Error;
  readonly onRetry?: () => void;
  readonly children?: ReactNode;
}

export function ErrorNotice({ title, error, onRetry, children }: ErrorNoticeProps) {
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__title">{title}</p>
      <p className="error-notice__message">{error.message}</p>
      <div className="error-notice__actions">
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}
