/**
 * A YAML double-quoted scalar: valid for any string, so titles with colons, quotes, `#`, leading
 * dashes, "yes"/"no" or line breaks stay strings. Lone surrogates (not encodable in UTF-8) are escaped.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i] ?? '';
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += ch + (value[i + 1] ?? '');
        i++;
        continue;
      }
      out += unicodeEscape(c);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += unicodeEscape(c);
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (
      c < 0x20 ||
      c === 0x7f ||
      (c >= 0x80 && c <= 0x9f) ||
      c === 0xfeff ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      out += unicodeEscape(c);
    } else out += ch;
  }
  return `${out}"`;
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A plain YYYY-MM-DD date stays a YAML date (Obsidian shows it as one); anything else is quoted. */
export function yamlDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : yamlString(value);
}
