import { COLOR_IDS, type ColorId, type TagCount } from '../../../shared/model/annotation';
import type { ColorNames } from '../annotations/colors';
import type { ExportForm } from './exportForm';

interface ExportFiltersProps {
  readonly form: ExportForm;
  readonly names: ColorNames;
  readonly tags: readonly TagCount[];
  readonly onChange: (patch: Partial<ExportForm>) => void;
  readonly idPrefix: string;
}

/** Which highlights go out: by colour, tag and date, and the articles without any. */
export function ExportFilters({ form, names, tags, onChange, idPrefix }: ExportFiltersProps) {
  const toggleColor = (id: ColorId, on: boolean): void =>
    onChange({
      colors: on
        ? COLOR_IDS.filter((c) => c === id || form.colors.includes(c))
        : form.colors.filter((c) => c !== id),
    });
  return (
    <>
      <fieldset className="export-field">
        <legend>Colours</legend>
        <div className="export-colors">
          {COLOR_IDS.map((id) => (
            <label key={id} className="export-colors__item" data-color={id}>
              <input
                type="checkbox"
                checked={form.colors.includes(id)}
                onChange={(e) => toggleColor(id, e.currentTarget.checked)}
              />
              <span className="export-colors__swatch" aria-hidden="true" />
              <span>{names[id]}</span>
            </label>
          ))}
        </div>
        <p className="export-field__hint">{form.colors.length === 0 ? 'Every colour.' : null}</p>
      </fieldset>
      <div className="export-row">
        <label className="export-field export-field--grow">
          <span className="export-field__label">Tag</span>
          <input
            className="field"
            type="text"
            list={`${idPrefix}-tags`}
            placeholder="Any tag"
            value={form.tag}
            onChange={(e) => onChange({ tag: e.currentTarget.value })}
          />
          <datalist id={`${idPrefix}-tags`}>
            {tags.map((t) => (
              <option key={t.name} value={t.name} />
            ))}
          </datalist>
        </label>
        <label className="export-field">
          <span className="export-field__label">Highlighted from</span>
          <input
            className="field"
            type="date"
            value={form.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
          />
        </label>
        <label className="export-field">
          <span className="export-field__label">to</span>
          <input
            className="field"
            type="date"
            value={form.to}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
          />
        </label>
      </div>
      <div className="export-options">
        <label className="check">
          <input
            type="checkbox"
            checked={form.includeEmpty}
            onChange={(e) => onChange({ includeEmpty: e.currentTarget.checked })}
          />
          <span>Include articles without highlights</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={form.sinceLast}
            onChange={(e) => onChange({ sinceLast: e.currentTarget.checked })}
          />
          <span>Only what changed since the last export to the same place</span>
        </label>
      </div>
    </>
  );
}
