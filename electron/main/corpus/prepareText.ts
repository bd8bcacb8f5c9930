import { prepareArticle, type PreparedArticle } from '../db/articleRepo';
import { buildSearchDocument, type SearchDocument } from '../search/searchDocument';
import { contentHash } from './contentHash';
import { cleanArticleText } from './readerMode';

export interface TextSource {
  /** Stable identity of where the text came from (`seed:000_x.txt`, `file:/path`), so a re-import updates. */
  readonly origin: string;
  readonly raw: string;
}

/** A text made ready to store and index, or why it cannot be. Plain data, so it can cross a worker boundary. */
export type PreparedText =
  | { readonly ok: true; readonly article: PreparedArticle; readonly search: SearchDocument }
  | { readonly ok: false; readonly origin: string; readonly message: string };

/** Everything an import computes without the database: cleanup, hash, stored layout, folded index document. */
export function prepareText(source: TextSource): PreparedText {
  try {
    const draft = cleanArticleText(source.raw);
    const article = prepareArticle(source.origin, contentHash(source.raw), draft);
    const search = buildSearchDocument(
      draft.title,
      draft.blocks.map((b) => b.text),
    );
    return { ok: true, article, search };
  } catch (error) {
    return { ok: false, origin: source.origin, message: (error as Error).message };
  }
}
