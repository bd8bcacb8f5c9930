/** A few line icons, drawn in the text colour; decorative, so buttons carry their own labels. */

export type IconName = 'sun' | 'moon' | 'system' | 'back' | 'previous' | 'next' | 'sort-asc' | 'sort-desc';

const PATHS: Record<IconName, readonly string[]> = {
  sun: [
    'M12 16.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z',
    'M12 2.5v2M12 19.5v2M4.6 4.6l1.4 1.4M18 18l1.4 1.4M2.5 12h2M19.5 12h2M4.6 19.4 6 18M18 6l1.4-1.4',
  ],
  moon: ['M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z'],
  system: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z', 'M12 3v18'],
  back: ['M19 12H5M11 6l-6 6 6 6'],
  previous: ['M15 6l-6 6 6 6'],
  next: ['M9 6l6 6-6 6'],
  'sort-asc': ['M12 19V5M6 11l6-6 6 6'],
  'sort-desc': ['M12 5v14M6 13l6 6 6-6'],
};

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
      {name === 'system' ? <path className="icon-fill" d="M12 3a9 9 0 0 1 0 18Z" /> : null}
    </svg>
  );
}
