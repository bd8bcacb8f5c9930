import type { AnchorState } from '../../../shared/model/annotation';

const TEXT: Readonly<Record<Exclude<AnchorState, 'exact'>, { label: string; title: string }>> = {
  moved: { label: 'Moved', title: 'The article changed; this highlight was found again nearby.' },
  orphan: { label: 'Not found', title: 'The article changed and this passage is no longer in it.' },
};

/** Nothing for a highlight where it was; a badge when the text moved or is gone. */
export function AnchorBadge({ anchor }: { readonly anchor: AnchorState }) {
  if (anchor === 'exact') return null;
  const { label, title } = TEXT[anchor];
  return (
    <span className={`anchor-badge anchor-badge--${anchor}`} data-anchor={anchor} title={title}>
      {label}
    </span>
  );
}
