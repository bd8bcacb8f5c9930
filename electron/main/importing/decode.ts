import { FileImportError } from './limits';

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read as (a WHATWG encoding name). */
  readonly encoding: string;
  readonly warnings: readonly string[];
}

const SIGNATURES: readonly (readonly [bytes: readonly number[], name: string])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/EPUB file)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM shows as a zero in every other byte of mostly-ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs < 8) return null;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): DecodedText {
  let body = bytes;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push('The file ends in the middle of a character (cut short?); the last byte was dropped.');
  }
  const text = new TextDecoder(encoding).decode(body);
  if (text.includes('\uFFFD')) warnings.push('Some characters could not be read and show as �.');
  return { text, encoding, warnings };
}

/** Where a UTF-8 sequence cut short at the very end starts, or -1. */
function truncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : -1;
  }
  return -1;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function supported(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Text with more than a trace of C0 control characters (other than tab, line feed, form feed, CR) is binary. */
function checkText(decoded: DecodedText): DecodedText {
  const text = decoded.text;
  const limit = text.length / 100;
  let controls = 0;
  // A regular expression finds the (usually absent) control characters far faster than a loop over every one.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;
  while (control.exec(text) !== null) {
    if (++controls > limit) throw new FileImportError('The file holds binary data, not text.');
  }
  return decoded;
}

/**
 * Turns a file's bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE); then UTF-16 without one;
 * binary files are refused; then strict UTF-8 (a sequence cut short at the end is dropped, with a
 * warning); then the charset the file declares; then Windows-1252, which reads any byte.
 */
export function decodeText(bytes: Uint8Array, declaredCharset: string | null = null): DecodedText {
  return checkText(decodeBytes(bytes, declaredCharset));
}

function decodeBytes(bytes: Uint8Array, declaredCharset: string | null): DecodedText {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new FileImportError('The file is empty.');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new FileImportError('The file is in UTF-32, which Gloss does not read; save it as UTF-8.');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', warnings);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', warnings);
  const utf16 = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? null : sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, warnings);

  const kind = SIGNATURES.find(([signature]) => startsWith(bytes, signature));
  if (kind) throw new FileImportError(`The file is ${kind[1]}, not text.`);
  if (bytes.includes(0)) throw new FileImportError('The file holds binary data (NUL bytes), not text.');

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
  const cut = truncatedTail(bytes);
  if (cut > 0) {
    const head = tryDecode(bytes.subarray(0, cut), 'utf-8');
    if (head !== null) {
      warnings.push(
        'The file ends in the middle of a character (cut short?); the partial character was dropped.',
      );
      return { text: head, encoding: 'utf-8', warnings };
    }
  }
  const declared = declaredCharset === null ? null : supported(declaredCharset.trim());
  if (declared !== null && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const text = tryDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared, warnings };
  }
  warnings.push('The file is not valid UTF-8; it was read as Windows-1252 (Western European).');
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings };
}

/** Windows-1252's 0x80–0x9F (where it differs from Latin-1); undefined bytes map to themselves, as WHATWG says. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** By table: Node's own TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters. */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or http-equiv), or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1] ?? null;
}
