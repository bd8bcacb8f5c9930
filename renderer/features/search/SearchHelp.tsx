/** The query syntax, in one line under the results and as examples when the box is empty. */

const SYNTAX: readonly { readonly code: string; readonly meaning: string }[] = [
  { code: '"phrase"', meaning: 'exact' },
  { code: '-word', meaning: 'exclude' },
  { code: 'source:', meaning: '' },
  { code: 'author:', meaning: '' },
  { code: 'year:', meaning: 'filters' },
  { code: 'color:', meaning: '' },
  { code: 'tag:', meaning: '' },
  { code: 'has:note', meaning: 'highlights' },
];

export function SyntaxHelp() {
  return (
    <p className="search-help" aria-label="Search syntax">
      {SYNTAX.map(({ code, meaning }) => (
        <span className="search-help__item" key={code}>
          <code className="search-help__code">{code}</code>
          {meaning === '' ? null : ` ${meaning}`}
        </span>
      ))}
    </p>
  );
}

const EXAMPLES: readonly { readonly query: string; readonly what: string }[] = [
  { query: 'Mazhilis elections', what: 'articles with both words, in any spelling' },
  { query: '"political reforms"', what: 'the exact phrase' },
  { query: 'parliament -senate', what: 'one word without the other' },
  { query: 'source:Kazinform Tokayev', what: 'only from one outlet' },
  { query: 'year:2023 reforms', what: 'only from one year' },
  { query: 'has:note', what: 'your highlights with notes (also color:, tag:)' },
];

interface SearchExamplesProps {
  readonly onPick: (query: string) => void;
}

/** The empty box: what search can do, each example one click (or Tab, Enter) away. */
export function SearchExamples({ onPick }: SearchExamplesProps) {
  return (
    <div className="search-empty">
      <p className="search-empty__title">
        Search every article in your library, and your highlights and notes
      </p>
      <p className="search-empty__hint">
        Spelling need not be exact: Tokaev finds Tokayev, Majilis finds Mazhilis.
      </p>
      <ul className="search-examples">
        {EXAMPLES.map(({ query, what }) => (
          <li key={query}>
            <button type="button" className="search-examples__try" onClick={() => onPick(query)}>
              <code className="search-help__code">{query}</code>
              <span className="search-examples__what">{what}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
