import { useEffect, useRef } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import type { ColorNames } from './colors';
import { shortQuote } from './format';
import { usePlacement, type PageBox } from './placement';

interface HighlightChooserProps {
  readonly annotations: readonly Annotation[];
  readonly anchor: PageBox;
  readonly names: ColorNames;
  readonly onChoose: (annotation: Annotation) => void;
}

/** Where highlights overlap, a click asks which one is meant. */
export function HighlightChooser({ annotations, anchor, names, onChoose }: HighlightChooserProps) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(ref, anchor, 'below');
  useEffect(() => {
    ref.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={ref}
      className="highlight-chooser"
      role="menu"
      aria-label={`${annotations.length} highlights here`}
    >
      <p className="highlight-chooser__title">{annotations.length} highlights here</p>
      {annotations.map((a) => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          className="highlight-chooser__item"
          onClick={() => onChoose(a)}
        >
          <span className={`swatch-dot swatch--${a.color}`} aria-hidden="true" />
          <span className="highlight-chooser__text">
            <span className="highlight-chooser__meaning">{names[a.color]}</span>
            <span className="highlight-chooser__quote">{shortQuote(a.quote.exact, 70)}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
