import { COLOR_IDS, type ColorId } from '../../../shared/model/annotation';
import { colorKey, type ColorNames } from './colors';

interface ColorSwatchesProps {
  readonly names: ColorNames;
  /** The chosen colour (shown pressed), or null when choosing one makes something new. */
  readonly value: ColorId | null;
  readonly onPick: (color: ColorId) => void;
  /** What choosing does, for the labels: "Highlight" or "Colour". */
  readonly verb: string;
}

/** The six colours as round buttons, each named by what it means to the user and its key (1–6). */
export function ColorSwatches({ names, value, onPick, verb }: ColorSwatchesProps) {
  return (
    <div className="swatches" role="group" aria-label={`${verb} colour`}>
      {COLOR_IDS.map((id) => (
        <button
          key={id}
          type="button"
          className={`swatch swatch--${id}`}
          data-color={id}
          aria-pressed={value === null ? undefined : value === id}
          aria-label={`${verb}: ${names[id]}`}
          title={`${names[id]} (${colorKey(id)})`}
          onClick={() => onPick(id)}
        />
      ))}
    </div>
  );
}
