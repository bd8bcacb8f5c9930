/** Longest file name written, extension included, in code points; also kept under 240 UTF-8 bytes. */
export const FILE_NAME_MAX = 120;
const FILE_NAME_MAX_BYTES = 240;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 === text.length) n++;
  }
  return n;
}

function fits(name: string): boolean {
  return codePoints(name) <= FILE_NAME_MAX && utf8Length(name) <= FILE_NAME_MAX_BYTES;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function trimEnds(text: string): string {
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  return text.replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** The base shortened, between graphemes (an emoji or accented letter stays whole), until base + suffix fits. */
function shorten(base: string, suffix: string): string {
  if (fits(base + suffix)) return base;
  const parts = Array.from(graphemes.segment(base), (s) => s.segment);
  while (parts.length > 0 && !fits(parts.join('') + suffix)) parts.pop();
  return trimEnds(parts.join(''));
}

/**
 * A file name safe on Windows, macOS and Linux: no reserved characters, control or bidi-format
 * characters (which can disguise an extension), reserved device names, or trailing dots and spaces;
 * at most FILE_NAME_MAX code points. `extension` includes its dot (".md").
 */
export function safeFileName(title: string, extension: string): string {
  let base = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/:/gu, ' -')
    .replace(/[/\\|]/gu, '-')
    .replace(/"/gu, "'")
    .replace(/[<>?*]/gu, '')
    .replace(/\s+/gu, ' ');
  base = trimEnds(base);
  if (RESERVED.test(base.split('.')[0]?.trim() ?? '')) base = `_${base}`;
  base = shorten(base, extension);
  return `${base === '' ? 'Untitled' : base}${extension}`;
}

/**
 * Hands out names no two of which clash on a case-insensitive file system: a taken name gets
 * " (2)", " (3)"… before its extension, still within the length limit.
 */
export class FileNamer {
  private readonly taken = new Set<string>();

  take(title: string, extension: string): string {
    const first = safeFileName(title, extension);
    const base = first.slice(0, first.length - extension.length);
    let name = first;
    for (let n = 2; this.taken.has(key(name)); n++) {
      const suffix = ` (${n})${extension}`;
      name = `${shorten(base, suffix) || 'Untitled'}${suffix}`;
    }
    this.taken.add(key(name));
    return name;
  }
}

function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
