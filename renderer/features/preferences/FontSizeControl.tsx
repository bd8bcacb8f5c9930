import { canStepFontSize } from './fontSize';

interface FontSizeControlProps {
  readonly size: number;
  readonly onStep: (direction: 1 | -1) => void;
}

/** A− / A+: the reading text size, one pixel a press, within the limits preferences allow. */
export function FontSizeControl({ size, onStep }: FontSizeControlProps) {
  return (
    <div className="control-group" role="group" aria-label={`Text size, ${size} pixels`}>
      <button
        type="button"
        className="control control--font-smaller"
        onClick={() => onStep(-1)}
        disabled={!canStepFontSize(size, -1)}
        aria-label="Smaller text"
        title="Smaller text (−)"
      >
        A
      </button>
      <button
        type="button"
        className="control control--font-larger"
        onClick={() => onStep(1)}
        disabled={!canStepFontSize(size, 1)}
        aria-label="Larger text"
        title="Larger text (+)"
        data-testid="font-larger"
      >
        A
      </button>
    </div>
  );
}
