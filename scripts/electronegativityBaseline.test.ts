import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  describeComparison,
  parseBaseline,
  parseSarif,
  type BaselineEntry,
} from './electronegativityBaseline';

const root = join(import.meta.dirname, '..');
/** A real report: the built app plus one added window with contextIsolation: false and one more openExternal. */
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, 'electronegativity.fixture.sarif'), 'utf8'),
) as unknown;
const baseline = parseBaseline(
  JSON.parse(readFileSync(join(root, '.electronegativity-baseline.json'), 'utf8')),
);

function entry(rule: string, file: string, count = 1): BaselineEntry {
  return { rule, file, count, reason: 'reviewed for this test, with a reason' };
}

describe('parseSarif', () => {
  it("reads electronegativity's rule, file and line", () => {
    const findings = parseSarif(fixture);
    expect(findings).toHaveLength(8);
    expect(findings[0]).toEqual({
      rule: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      line: 5,
      level: 'note',
      message: 'One or more CSP directives detected seems to be vulnerable',
    });
  });

  it('refuses a report that is not SARIF rather than passing it as clean', () => {
    expect(() => parseSarif({})).toThrow();
    expect(() => parseSarif({ runs: [] })).toThrow();
    expect(() =>
      parseSarif({ runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'A' }] }] }),
    ).toThrow();
  });

  it('matches Windows paths like POSIX ones', () => {
    const sarif = {
      runs: [
        {
          tool: { driver: { name: 'Electronegativity' } },
          results: [
            {
              ruleId: 'PRELOAD_JS_CHECK',
              message: { text: 'x' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'main\\index.js' } } }],
            },
          ],
        },
      ],
    };
    expect(parseSarif(sarif)[0]?.file).toBe('main/index.js');
  });
});

describe('compareWithBaseline', () => {
  it('accepts exactly the reviewed findings of the built app and flags the two added ones', () => {
    const result = compareWithBaseline(parseSarif(fixture), baseline);
    expect(result.accepted).toHaveLength(6);
    expect(result.unexpected.map((f) => `${f.rule}@${f.line}`)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK@7063',
      'OPEN_EXTERNAL_JS_CHECK@7063',
    ]);
    expect(result.stale).toEqual([]);
  });

  it('matches by rule and file, not by line', () => {
    const finding = { rule: 'PRELOAD_JS_CHECK', file: 'main/index.js', line: 1, level: 'note', message: '' };
    const moved = { ...finding, line: 9999 };
    expect(compareWithBaseline([moved], [entry('PRELOAD_JS_CHECK', 'main/index.js')]).unexpected).toEqual([]);
    expect(
      compareWithBaseline([finding], [entry('PRELOAD_JS_CHECK', 'preload/index.cjs')]).unexpected,
    ).toEqual([finding]);
    expect(
      compareWithBaseline([finding], [entry('OPEN_EXTERNAL_JS_CHECK', 'main/index.js')]).unexpected,
    ).toEqual([finding]);
  });

  it('accepts no more findings of a rule in a file than its count', () => {
    const finding = (line: number) => ({
      rule: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'main/index.js',
      line,
      level: 'note',
      message: '',
    });
    const twice = [finding(10), finding(20)];
    expect(compareWithBaseline(twice, [entry('OPEN_EXTERNAL_JS_CHECK', 'main/index.js')]).unexpected).toEqual(
      [finding(20)],
    );
    expect(
      compareWithBaseline(twice, [entry('OPEN_EXTERNAL_JS_CHECK', 'main/index.js', 2)]).unexpected,
    ).toEqual([]);
  });

  it('reports baseline entries that no longer match, so the baseline stays reviewed', () => {
    const result = compareWithBaseline([], [entry('SANDBOX_JS_CHECK', 'main/index.js')]);
    expect(result.stale).toEqual([{ ...entry('SANDBOX_JS_CHECK', 'main/index.js'), found: 0 }]);
    expect(describeComparison(result).join('\n')).toMatch(
      /STALE baseline entry SANDBOX_JS_CHECK in main\/index\.js/,
    );
  });

  it('fails on everything when the baseline is empty', () => {
    expect(compareWithBaseline(parseSarif(fixture), []).unexpected).toHaveLength(8);
  });
});

describe('parseBaseline', () => {
  it('needs a reason for every accepted finding', () => {
    expect(() =>
      parseBaseline({ accepted: [{ rule: 'PRELOAD_JS_CHECK', file: 'main/index.js' }] }),
    ).toThrow();
    expect(() =>
      parseBaseline({ accepted: [{ rule: 'PRELOAD_JS_CHECK', file: 'main/index.js', reason: 'ok' }] }),
    ).toThrow();
  });

  it('refuses line numbers and duplicate entries', () => {
    const base = {
      rule: 'PRELOAD_JS_CHECK',
      file: 'main/index.js',
      reason: 'reviewed: the preload is a tiny allowlist',
    };
    expect(() => parseBaseline({ accepted: [{ ...base, line: 12 }] })).toThrow();
    expect(() => parseBaseline({ accepted: [base, base] })).toThrow(/twice/);
  });

  it('gives every entry of the real baseline a reason', () => {
    expect(baseline.length).toBeGreaterThan(0);
    for (const accepted of baseline) expect(accepted.reason.length).toBeGreaterThanOrEqual(20);
  });
});
