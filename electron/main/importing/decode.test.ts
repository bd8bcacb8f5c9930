import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, decodeText } from './decode';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  const prefix = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return Uint8Array.from([...prefix, ...le]);
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(bytes('Café 👍🏽'))).toEqual({ text: 'Café 👍🏽', encoding: 'utf-8', warnings: [] });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Café')).text).toBe('Café');
  });

  it('reads UTF-16 by its BOM, and without one from its zero bytes', () => {
    const text = 'Astana – Café society, a long enough line of text.';
    for (const order of ['le', 'be'] as const) {
      expect(decodeText(utf16(text, order, true))).toMatchObject({ text, encoding: `utf-16${order}` });
      expect(decodeText(utf16(text, order, false))).toMatchObject({ text, encoding: `utf-16${order}` });
    }
    const odd = utf16('Odd bytes here', 'le', true);
    expect(decodeText(Uint8Array.from([...odd, 0x41])).warnings[0]).toMatch(/cut short/u);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, or to the charset an HTML page declares', () => {
    expect(decodeText(Uint8Array.from(Buffer.from('Caf\xe9 \x93quoted\x94', 'latin1')))).toMatchObject({
      text: 'Café “quoted”',
      encoding: 'windows-1252',
      warnings: [expect.stringMatching(/Windows-1252/u) as string],
    });
    const cyrillic = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    expect(decodeText(cyrillic, 'windows-1251')).toMatchObject({
      text: 'Привет',
      encoding: 'windows-1251',
      warnings: [],
    });
    expect(declaredHtmlCharset(bytes('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(
      declaredHtmlCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">')),
    ).toBe('ISO-8859-2');
    expect(declaredHtmlCharset(bytes('<p>none</p>'))).toBeNull();
  });

  it('drops a character cut short at the end of a truncated file, with a warning', () => {
    const euro = [...Buffer.from('€', 'utf8')];
    const result = decodeText(bytes('Price: 5', euro.slice(0, 2)));
    expect(result.text).toBe('Price: 5');
    expect(result.warnings[0]).toMatch(/cut short/u);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/u],
    ['NUL bytes', bytes('text', [0], 'more text'), /binary/u],
    [
      'control characters',
      Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x41 : 0x01))),
      /binary/u,
    ],
    ['PDF', bytes('%PDF-1.7\n…'), /PDF/u],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG/u],
    ['ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 0x14]), /ZIP/u],
    ['UTF-32', bytes([0xff, 0xfe, 0, 0], 'x'), /UTF-32/u],
  ])('refuses %s with a clear message', (_name, input, message) => {
    expect(() => decodeText(input)).toThrow(message);
  });
});
