import { AnnotationIcon } from './AnnotationIcon';

interface CopyQuoteButtonsProps {
  readonly onCopy: () => void;
  readonly onCite: () => void;
}

/** "Copy quote" and "Copy quote with citation", the same in the selection toolbar and the editor. */
export function CopyQuoteButtons({ onCopy, onCite }: CopyQuoteButtonsProps) {
  return (
    <>
      <button type="button" className="tool" onClick={onCopy} aria-label="Copy quote" title="Copy the quote">
        <AnnotationIcon name="copy" />
      </button>
      <button
        type="button"
        className="tool"
        onClick={onCite}
        aria-label="Copy quote with citation"
        title="Copy the quote with title, source, date and paragraph"
      >
        <AnnotationIcon name="cite" />
      </button>
    </>
  );
}
