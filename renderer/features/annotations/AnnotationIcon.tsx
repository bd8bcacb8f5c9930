/** Line icons for the annotation tools, drawn in the text colour; buttons carry their own labels. */

export type AnnotationIconName =
  | 'underline'
  | 'note'
  | 'tag'
  | 'copy'
  | 'cite'
  | 'trash'
  | 'close'
  | 'restore'
  | 'sidebar'
  | 'attach'
  | 'notebook'
  | 'highlighter';

const PATHS: Record<AnnotationIconName, readonly string[]> = {
  underline: ['M7 4v6.5a5 5 0 0 0 10 0V4', 'M5 20h14'],
  note: [
    'M5 4.5h14a1 1 0 0 1 1 1V15a1 1 0 0 1-1 1H10l-4.5 4v-4H5a1 1 0 0 1-1-1V5.5a1 1 0 0 1 1-1Z',
    'M8 9h8M8 12h5',
  ],
  tag: ['M3.5 12.2V4.5a1 1 0 0 1 1-1h7.7l8.3 8.3a1 1 0 0 1 0 1.4l-7.3 7.3a1 1 0 0 1-1.4 0Z', 'M8 8h.01'],
  copy: ['M9 9h10.5v10.5H9Z', 'M15 9V4.5H4.5V15H9'],
  cite: ['M10 7H5.5v5H10v1.5A3.5 3.5 0 0 1 6.5 17', 'M19 7h-4.5v5H19v1.5a3.5 3.5 0 0 1-3.5 3.5'],
  trash: ['M4.5 7h15', 'M10 11v6M14 11v6', 'M6.5 7l1 13h9l1-13', 'M9.5 7V4h5v3'],
  close: ['M6.5 6.5l11 11M17.5 6.5l-11 11'],
  restore: ['M4.5 12a7.5 7.5 0 1 0 2.2-5.3', 'M4.5 4v4h4'],
  sidebar: ['M4 5h16v14H4Z', 'M14.5 5v14', 'M16.5 9h1.5M16.5 12h1.5'],
  attach: [
    'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1',
    'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  ],
  notebook: ['M6.5 3.5h12v17h-12Z', 'M9.5 8h6M9.5 11.5h6', 'M4.5 7h2M4.5 12h2M4.5 17h2'],
  highlighter: ['M9 15l-3 3h5l1.5-1.5', 'M9 15l8.5-8.5a2.1 2.1 0 0 1 3 3L12 18', 'M9 15l3 3'],
};

export function AnnotationIcon({ name }: { readonly name: AnnotationIconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
