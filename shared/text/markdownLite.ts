/**
 * A deliberately small Markdown for notes: paragraphs (a single newline is a line break),
 * **bold**, *italic* or _italic_, `code`, [links](url) and lists (-, *, + or 1.). It parses to
 * plain data; the reader (`NoteText`) and the HTML export turn that into elements or escaped markup, so a note can never become markup of its own.
 * Links are data too: the renderer shows their text and address, and never makes them clickable.
 */

export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'break' }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'em'; readonly children: readonly Inline[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'link'; readonly text: string; readonly url: string };

export type NoteBlock =
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] };

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const LINK = /^\[([^\]\n]+)\]\(\s*([^\s)]+)\s*\)/;

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
  else out.push({ type: 'text', text });
}

/** Where a run of `marker` closes, for emphasis: not right after the opening, not after a space. */
function closing(src: string, from: number, marker: string): number {
  let at = src.indexOf(marker, from + 1);
  while (at !== -1) {
    if (src[at - 1] !== ' ' && src[at - 1] !== '\\') return at;
    at = src.indexOf(marker, at + 1);
  }
  return -1;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Inline Markdown of one line (or of a list item). */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  let text = '';
  const flush = (): void => {
    pushText(out, text);
    text = '';
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    const rest = src.slice(i);
    if (c === '\\' && i + 1 < src.length && /[\\`*_[\]()#+\-.!]/.test(src[i + 1] ?? '')) {
      text += src[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: src.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('**') && src[i + 2] !== ' ') {
      const end = closing(src, i + 2, '**');
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(src.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    // _ only at word edges, so snake_case stays as it is.
    if ((c === '*' || (c === '_' && !isWordChar(src[i - 1]))) && src[i + 1] !== ' ' && src[i + 1] !== c) {
      let end = closing(src, i + 1, c);
      while (end !== -1 && c === '_' && isWordChar(src[end + 1])) end = closing(src, end + 1, c);
      if (end > i + 1) {
        flush();
        out.push({ type: 'em', children: parseInline(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = LINK.exec(rest);
      if (link) {
        flush();
        out.push({ type: 'link', text: link[1] ?? '', url: link[2] ?? '' });
        i += link[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

function listItem(line: string): { readonly ordered: boolean; readonly text: string } | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, text: numbered[1] ?? '' };
  return null;
}

/** Blocks of a note: paragraphs split by blank lines, and lists of consecutive item lines. */
export function parseNote(src: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  let list = null as { ordered: boolean; items: Inline[][] } | null;
  const endParagraph = (): void => {
    if (paragraph.length === 0) return;
    const children: Inline[] = [];
    paragraph.forEach((line, n) => {
      if (n > 0) children.push({ type: 'break' });
      children.push(...parseInline(line));
    });
    blocks.push({ type: 'paragraph', children });
    paragraph = [];
  };
  const endList = (): void => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = null;
  };
  for (const raw of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      endParagraph();
      endList();
      continue;
    }
    const item = listItem(line);
    if (item) {
      endParagraph();
      if (list?.ordered !== item.ordered) endList();
      list ??= { ordered: item.ordered, items: [] };
      list.items.push(parseInline(item.text));
      continue;
    }
    if (list && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above it.
      const last = list.items.at(-1);
      last?.push({ type: 'break' }, ...parseInline(line.trim()));
      continue;
    }
    endList();
    paragraph.push(line);
  }
  endParagraph();
  endList();
  return blocks;
}

/** The note as plain text in one line, for previews: markup dropped, links as "text (url)". */
export function noteToPlainText(src: string): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((n) => {
        switch (n.type) {
          case 'text':
          case 'code':
            return n.text;
          case 'break':
            return ' ';
          case 'strong':
          case 'em':
            return inline(n.children);
          case 'link':
            return `${n.text} (${n.url})`;
        }
      })
      .join('');
  return parseNote(src)
    .map((b) =>
      b.type === 'paragraph' ? inline(b.children) : b.items.map((item) => `• ${inline(item)}`).join(' '),
    )
    .join(' ');
}
