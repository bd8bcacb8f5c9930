import { Fragment, type ReactNode } from 'react';
import { formatLongDate, formatShortDate } from './format';

/** "26 Jan 2023" in a <time>, or a muted "Undated". */
export function ArticleDate({ publishedAt }: { readonly publishedAt: string | null }) {
  const short = formatShortDate(publishedAt);
  if (short === null || publishedAt === null) return <span className="meta-undated">Undated</span>;
  return (
    <time dateTime={publishedAt} title={formatLongDate(publishedAt) ?? undefined}>
      {short}
    </time>
  );
}

/** Parts of a metadata line, separated by middle dots; empty parts are left out. */
export function MetaLine({
  className,
  parts,
}: {
  readonly className: string;
  readonly parts: readonly ReactNode[];
}) {
  const shown = parts.filter((part) => part !== null && part !== undefined && part !== false && part !== '');
  return (
    <p className={className}>
      {shown.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? (
            <span className="meta-separator" aria-hidden="true">
              {' · '}
            </span>
          ) : null}
          {part}
        </Fragment>
      ))}
    </p>
  );
}
