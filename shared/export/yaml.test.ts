import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlDate, yamlString } from './yaml';

describe('yamlString', () => {
  it('quotes and escapes what YAML would misread', () => {
    expect(yamlString('plain')).toBe('"plain"');
    expect(yamlString('Tokayev: "new stage" # 2')).toBe('"Tokayev: \\"new stage\\" # 2"');
    expect(yamlString('a\\b\nc\td')).toBe('"a\\\\b\\nc\\td"');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('\u0000\u2028\uFEFF')).toBe('"\\u0000\\u2028\\uFEFF"');
    expect(yamlString('\uD800')).toBe('"\\uD800"');
    expect(yamlString('👍🏽 café')).toBe('"👍🏽 café"');
  });

  it('reads back as the same string (YAML double-quoted escapes used here are JSON escapes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = yamlString(s);
        expect(JSON.parse(out)).toBe(s);
        // One line, no raw control characters.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
        expect(out).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/u);
      }),
    );
  });

  it('keeps a plain day as a YAML date and quotes anything else', () => {
    expect(yamlDate('2023-01-26')).toBe('2023-01-26');
    expect(yamlDate('January 2023')).toBe('"January 2023"');
  });
});
