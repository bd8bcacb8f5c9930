import type { BlockDraft, BlockKind } from '../../../../shared/model/article';
import { BULLET_START, hasLetter, wordCount, type Unit } from './lines';

const CREDIT_WORD = '(?:photo(?:graph)?s?|image|picture|pic|illustration|фото)';
const CAPTION_START = new RegExp(`^\\(?${CREDIT_WORD}(?:\\s+credits?)?\\s*(?::|by\\b|courtesy\\b|©)`, 'iu');
const CREDIT_START = /^credits?\s*:/iu;
// A credit closing a caption sentence: "Senate members during the meeting. Photo credit: Akorda".
const CAPTION_END =
  /(?:[.!?)]\s+|\()(?:Photo(?:graph)?s?|PHOTO|Image|Picture|Illustration)(?:\s+[Cc]redits?)?\s*(?::|by\b|courtesy\b)\s*\S.{0,80}$/u;

/** A photo caption or credit line. */
export function isCaption(text: string): boolean {
  return (
    CAPTION_START.test(text) || CREDIT_START.test(text) || (CAPTION_END.test(text) && wordCount(text) <= 60)
  );
}

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['„', '”'],
];

/**
 * The whole text is one quotation: it opens with a quotation mark whose closing mark ends the text
 * (a final full stop may follow). `“…,” he said.` is reported speech, not a quote.
 */
export function isWhollyQuoted(text: string): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    if (!text.startsWith(open)) continue;
    const closeAt = text.indexOf(close, open.length);
    if (closeAt < 0) continue;
    const inner = text.slice(open.length, closeAt);
    const after = text.slice(closeAt + close.length);
    if (!inner.includes(open) && /^[.!?…]?$/u.test(after) && /[\p{L}\p{N}]/u.test(inner)) return true;
  }
  return false;
}

/** Short, one line, capitalized, no closing punctuation: a section title if a paragraph follows it. */
function isHeadingCandidate(unit: Unit): boolean {
  const text = unit.text;
  return (
    unit.lineCount === 1 &&
    text.length <= 100 &&
    wordCount(text) <= 12 &&
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text) &&
    !/[.!?…:;,]['"’”»)\]]*$/u.test(text) &&
    !BULLET_START.test(text) &&
    !isCaption(text) &&
    hasLetter(text)
  );
}

type Draft = { kind: BlockKind | 'candidate'; readonly text: string };

/** Turns the body's units into blocks, in order. */
export function classifyUnits(units: readonly Unit[]): BlockDraft[] {
  const drafts: Draft[] = units.map((unit) => ({
    kind: isCaption(unit.text)
      ? 'caption'
      : isWhollyQuoted(unit.text)
        ? 'quote'
        : isHeadingCandidate(unit)
          ? 'candidate'
          : 'paragraph',
    text: unit.text,
  }));

  // Short unpunctuated lines left after the last of the text (tags, section names) are page furniture.
  if (drafts.some((d) => d.kind === 'paragraph')) {
    while (drafts.at(-1)?.kind === 'candidate') drafts.pop();
  }

  // Right to left, so each candidate knows the resolved kind of the next block that is not a caption.
  let next: Draft | undefined;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i];
    if (draft === undefined) continue;
    if (draft.kind === 'candidate') {
      draft.kind = next?.kind === 'paragraph' || next?.kind === 'quote' ? 'heading' : 'paragraph';
    }
    if (draft.kind !== 'caption') next = draft;
  }

  return drafts.map(({ kind, text }) => ({ kind: kind === 'candidate' ? 'paragraph' : kind, text }));
}
