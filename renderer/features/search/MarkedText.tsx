import { markedSegments } from './markedSegments';

interface MarkedTextProps {
  readonly text: string;
  /** Code-point [start, end) ranges of `text` to mark. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** Text with its matches in <mark> elements: React text nodes, never markup from the text. */
export function MarkedText({ text, ranges }: MarkedTextProps) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {markedSegments(text, ranges).map((segment, i) =>
        segment.marked ? (
          <mark key={i} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
