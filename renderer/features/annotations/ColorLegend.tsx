import { useState } from 'react';
import { COLOR_IDS, COLOR_LABEL_MAX_LENGTH, type ColorId } from '../../../shared/model/annotation';
import { colorKey, type ColorNames } from './colors';

interface ColorLegendProps {
  readonly names: ColorNames;
  readonly onRename: (id: ColorId, name: string) => void;
}

function LegendRow({
  id,
  name,
  onRename,
}: {
  readonly id: ColorId;
  readonly name: string;
  readonly onRename: ColorLegendProps['onRename'];
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = (): void => {
    if (draft !== null && draft.trim() !== '' && draft.trim() !== name) onRename(id, draft);
    setDraft(null);
  };
  return (
    <li className="color-legend__row">
      <span className={`swatch-dot swatch--${id}`} aria-hidden="true" />
      <input
        className="color-legend__name"
        value={draft ?? name}
        maxLength={COLOR_LABEL_MAX_LENGTH}
        aria-label={`Meaning of colour ${colorKey(id)} (${id})`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') {
            setDraft(null);
            event.currentTarget.blur();
          }
        }}
      />
      <kbd className="color-legend__key">{colorKey(id)}</kbd>
    </li>
  );
}

/** What each colour means, renamable in place. */
export function ColorLegend({ names, onRename }: ColorLegendProps) {
  return (
    <details className="sidebar-section color-legend">
      <summary className="sidebar-section__summary">Colour meanings</summary>
      <ul className="color-legend__list">
        {COLOR_IDS.map((id) => (
          <LegendRow key={id} id={id} name={names[id]} onRename={onRename} />
        ))}
      </ul>
    </details>
  );
}
