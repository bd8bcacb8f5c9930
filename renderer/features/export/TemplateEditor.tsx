import { useId } from 'react';
import { DEFAULT_MARKDOWN_TEMPLATE } from '../../../shared/export/markdown';

interface TemplateEditorProps {
  /** null: the default template. */
  readonly template: string | null;
  readonly onChange: (template: string | null) => void;
  /** What is wrong with the template, from the preview (its line number included). */
  readonly problem: string | null;
}

const FIELDS =
  '{{title}} {{source}} {{author}} {{date}} {{link}} {{tags}} · in {{#highlights}}: {{highlight}} {{note}} {{color}} {{tags}} {{location}} {{link}}';

/** The Markdown layout, editable, with the fields it may use and a way back to the default. */
export function TemplateEditor({ template, onChange, problem }: TemplateEditorProps) {
  const id = useId();
  const value = template ?? DEFAULT_MARKDOWN_TEMPLATE;
  return (
    <details className="template-editor" open={template !== null || undefined}>
      <summary>
        Markdown template
        {template !== null ? <span className="template-editor__edited"> (edited)</span> : null}
      </summary>
      <label className="visually-hidden" htmlFor={id}>
        Markdown template
      </label>
      <textarea
        id={id}
        className="field template-editor__text"
        spellCheck={false}
        rows={9}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const next = event.currentTarget.value;
          onChange(next === DEFAULT_MARKDOWN_TEMPLATE ? null : next);
        }}
      />
      {problem !== null ? (
        <p className="template-editor__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="template-editor__foot">
        <p className="template-editor__help" id={`${id}-help`}>
          Fields: <code>{FIELDS}</code>. Filters: <code>{'{{note | quote}}'}</code>, <code>oneline</code>,{' '}
          <code>tag</code>.
        </p>
        <button
          type="button"
          className="button button--quiet"
          disabled={template === null}
          onClick={() => onChange(null)}
        >
          Reset to default
        </button>
      </div>
    </details>
  );
}
