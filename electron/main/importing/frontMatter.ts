/** A Markdown file's YAML front matter, read as plain scalars (never as YAML tags or code). */
export interface FrontMatter {
  readonly fields: ReadonlyMap<string, string>;
  /** The Markdown after the front matter. */
  readonly body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/gu, "'");
  // A plain scalar ends at " #" (a comment).
  return v.replace(/\s+#.*$/u, '');
}

/**
 * Splits off front matter and reads its top-level `key: value` pairs; a list (`[a, b]` or `- a`
 * lines) gives its first item, which is what title, author, date and source need.
 */
export function readFrontMatter(markdown: string): FrontMatter {
  const match = FENCE.exec(markdown);
  if (!match) return { fields: new Map(), body: markdown };
  const fields = new Map<string, string>();
  let pendingList: string | null = null;
  for (const line of (match[1] ?? '').split(/\r?\n/u)) {
    const item = /^\s+-\s+(.*)$/u.exec(line);
    if (item && pendingList !== null) {
      if (!fields.has(pendingList)) fields.set(pendingList, unquote(item[1] ?? ''));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (!pair) continue;
    const key = (pair[1] ?? '').toLowerCase();
    const raw = (pair[2] ?? '').trim();
    pendingList = raw === '' ? key : null;
    if (raw === '' || fields.has(key)) continue;
    const flow = /^\[(.*)\]$/u.exec(raw);
    const value = flow ? unquote((flow[1] ?? '').split(',')[0] ?? '') : unquote(raw);
    if (value !== '') fields.set(key, value);
  }
  return { fields, body: markdown.slice(match[0].length) };
}
