/**
 * Deterministic export input from the seed corpus for golden-file tests: the seeds cleaned as on
 * import, fixed article and annotation ids, fixed timestamps, and annotations chosen to exercise
 * escaping (markup, formulas, quotes, line breaks, tags with spaces, a passage spanning two blocks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as describeRange } from '../../../shared/anchoring';
import type { ExportContext, ExportEntry } from '../../../shared/export/types';
import type { Annotation, AnnotationStyle, ColorId } from '../../../shared/model/annotation';
import { canonicalText, codePointLength, layoutBlocks } from '../../../shared/text/canonical';
import { cleanArticleText } from '../corpus/readerMode';

export const GOLDEN_CONTEXT: ExportContext = {
  colorNames: {
    yellow: 'Key claim',
    orange: 'Question',
    red: 'Disagree',
    purple: 'Definition',
    blue: 'Evidence',
    green: 'Agree',
  },
  exportedAt: '2024-06-01T12:00:00.000Z',
  exportId: '00000000-0000-4000-8000-0000000e0001',
};

interface Spec {
  readonly seed: number;
  /** The passage: its first occurrence, or [from, to) code points when a number pair. */
  readonly phrase: string | readonly [number, number];
  readonly color: ColorId;
  readonly style?: AnnotationStyle;
  readonly note?: string;
  readonly tags?: readonly string[];
}

const SPECS: readonly Spec[] = [
  {
    seed: 0,
    phrase: '“different opinions, but one nation.”',
    color: 'yellow',
    note: 'The *core* slogan: see [1] & <b>this</b>.',
    tags: ['Unity', 'Key Figure'],
  },
  { seed: 0, phrase: 'Presidential elections were held in November.', color: 'blue', style: 'underline' },
  {
    seed: 2,
    phrase: 'new development stage',
    color: 'yellow',
    note: 'Line one\nline two\n\n=SUM(A1:A3) — a "formula"',
    tags: ['stage', 'senate'],
  },
  {
    seed: 2,
    phrase: [0, 0],
    color: 'green',
    note: '<script>alert(1)</script> onerror=alert(2) javascript:alert(3)',
    tags: ['#hash tag', '2023'],
  },
  {
    seed: 3,
    phrase: 'political parties with high responsibility',
    color: 'red',
    note: '-1 is a bad score, @everyone; +more',
    tags: ['parties'],
  },
  { seed: 3, phrase: 'Photo: t.me/aqorda_resmi', color: 'purple' },
];

export const GOLDEN_ARTICLE_ID = (n: number): string =>
  `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`;
const ANNOTATION_ID = (n: number): string => `00000000-0000-4000-a000-${String(n + 1).padStart(12, '0')}`;

function rangeOf(text: string, spec: Spec, blocks: ReturnType<typeof layoutBlocks>): [number, number] {
  if (typeof spec.phrase === 'string') {
    const at = text.indexOf(spec.phrase);
    if (at < 0) throw new Error(`"${spec.phrase}" is not in seed ${spec.seed}`);
    const start = codePointLength(text.slice(0, at));
    return [start, start + codePointLength(spec.phrase)];
  }
  // The last sentence of block 0 through the first words of block 1: a passage across two blocks.
  const second = blocks[1];
  if (!second) throw new Error(`seed ${spec.seed} has one block`);
  return [second.start - 40, second.start + 30];
}

/** Every seed as an export entry (annotated or not), in seed-file order. */
export function goldenEntries(seedDir: string): ExportEntry[] {
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((file, n): ExportEntry => {
    const draft = cleanArticleText(readFileSync(join(seedDir, file), 'utf8'));
    const blocks = layoutBlocks(draft.blocks);
    const text = canonicalText(blocks);
    const articleId = GOLDEN_ARTICLE_ID(n);
    const annotations = SPECS.flatMap((spec, k): Annotation[] => {
      if (spec.seed !== n) return [];
      const [start, end] = rangeOf(text, spec, blocks);
      const { quote, position } = describeRange(text, start, end);
      const created = `2024-05-${String(k + 1).padStart(2, '0')}T09:30:00.000Z`;
      return [
        {
          id: ANNOTATION_ID(k),
          articleId,
          quote,
          position,
          color: spec.color,
          style: spec.style ?? 'highlight',
          note: spec.note ?? '',
          tags: spec.tags ?? [],
          anchor: 'exact',
          createdAt: created,
          updatedAt: k % 2 === 0 ? created : `2024-05-${String(k + 1).padStart(2, '0')}T18:00:00.000Z`,
        },
      ];
    });
    return {
      article: {
        id: articleId,
        title: draft.title,
        source: draft.source,
        author: draft.author,
        publishedAt: draft.publishedAt,
        blockStarts: blocks.map((b) => b.start),
      },
      annotations,
    };
  });
}
