import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft, BlockKind } from '../../../shared/model/article';
import { cleanArticleText } from './readerMode';

const SEED_DIR = join(import.meta.dirname, '../../../seeds');

function seed(prefix: string): ArticleDraft {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  return cleanArticleText(readFileSync(join(SEED_DIR, file), 'utf8'));
}

const texts = (draft: ArticleDraft, kind?: BlockKind): string[] =>
  draft.blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => b.text);

const kindOf = (draft: ArticleDraft, start: string): BlockKind | undefined =>
  draft.blocks.find((b) => b.text.startsWith(start))?.kind;

const allText = (draft: ArticleDraft): string => texts(draft).join('\n');

describe('cleanArticleText on the seeds', () => {
  const seeds = ['000', '001', '002', '003', '004'].map((p) => [p, seed(p)] as const);

  it.each(seeds)('%s: every text is normalized', (_, draft) => {
    for (const text of [draft.title, ...texts(draft)]) {
      expect(text).toBe(text.trim());
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\s{2}|[\t\u00a0\r\n\ufeff]/u);
      expect(text).not.toBe('');
    }
  });

  it.each(seeds)('%s: "Photo credit" lines are captions and newsletter footers are gone', (_, draft) => {
    for (const block of draft.blocks) {
      if (/Photo credit/u.test(block.text)) expect(block.kind).toBe('caption');
    }
    expect(allText(draft)).not.toContain('Get The Astana Times');
    expect(allText(draft)).not.toContain('Sign up');
    expect(texts(draft)).not.toContain(draft.title);
  });

  it('000: metadata from the newsletter footer, section titles as headings', () => {
    const draft = seed('000');
    expect(draft.title).toBe(
      'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting',
    );
    expect(draft.source).toBe('The Astana Times');
    expect(draft.author).toBeNull();
    expect(draft.publishedAt).toBeNull(); // "Jan. 26" states no year
    expect(texts(draft, 'heading')).toEqual(
      expect.arrayContaining([
        'The major points of Tokayev’s address to the Senate members',
        'Upcoming elections to the Mazhilis and the Maslikhats',
        'Formation of the multiparty system',
        'Harmony and stability as the highest values',
      ]),
    );
    expect(draft.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(draft.blocks[0]?.text).toMatch(/^ASTANA – President Kassym-Jomart Tokayev called for unity/u);
    expect(draft.blocks.at(-1)?.text).toMatch(/^Our common task is to pass on/u);
    // Reported speech is a paragraph, not a quote.
    expect(kindOf(draft, '“Democracy is responsibility')).toBe('paragraph');
    expect(texts(draft, 'quote')).toEqual([]);
    // A missing space after a full stop is left alone.
    expect(allText(draft)).toContain('It should be constructive.There is no room');
    expect(texts(draft, 'caption')).toEqual([
      'President Kassym-Jomart Tokayev performing with the speech. Photo credit: Akorda',
      'Senate members during Jan. 26 meeting. Photo credit: Akorda',
    ]);
  });

  it('001: headings, captions and source', () => {
    const draft = seed('001');
    expect(draft.title).toBe(
      'Kazakhstan is Only Country in Geopolitical Environment Implementing Profound Reforms, President Tokayev Says',
    );
    expect(draft).toMatchObject({ source: 'The Astana Times', author: null, publishedAt: null });
    expect(texts(draft, 'heading')).toEqual([
      'New Parliament',
      'Direct elections of regional governors',
      'Strengthening the human rights protection system',
      'Improvement of public administration and strategic planning',
    ]);
    expect(kindOf(draft, 'Photo credit: Akorda press service.')).toBe('caption');
    expect(kindOf(draft, '“As a result, all the state institutions')).toBe('paragraph');
  });

  it('002: states no source, author or date', () => {
    const draft = seed('002');
    expect(draft).toMatchObject({
      title: 'President Tokayev: Kazakhstan enters new development stage',
      source: null,
      author: null,
      publishedAt: null,
    });
    expect(draft.blocks).toHaveLength(6);
    expect(draft.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('003: the Kazinform page loses its chrome and yields its metadata', () => {
    const draft = seed('003');
    expect(draft).toMatchObject({
      title: 'Kazakhstan needs parties with high responsibility, President',
      source: 'Kazinform',
      author: 'Zhanna Nurmaganbetova',
      publishedAt: '2023-01-26',
    });
    const body = allText(draft);
    for (const chrome of [
      'usd/kzt',
      'Currency rates',
      'Weather',
      '℃',
      '+7 701',
      'Main Page',
      'News >',
      '中文',
      'Go to the main site',
      '2023-01-26',
      '26 January 2023',
      'Author',
      'Zhanna',
      'President of Kazakhstan Senate Political parties',
      'Новости по теме',
      'Related news',
      'Popular',
      'Election campaign should not divide',
      'Boxing Championships',
    ]) {
      expect(body).not.toContain(chrome);
    }
    expect(texts(draft, 'paragraph')[0]).toMatch(/^ASTANA\. KAZINFORM Addressing today the Kazakh Senate/u);
    expect(texts(draft, 'paragraph')).toHaveLength(4);
    expect(texts(draft, 'caption')).toEqual(['Photo: t.me/aqorda_resmi']);
    expect(texts(draft, 'heading')).toEqual([]);
  });

  it('004: captions and the footer source', () => {
    const draft = seed('004');
    expect(draft.title).toBe(
      'President Tokayev Outlines Core Tenets of Country’s Social Wellbeing and Economic Development',
    );
    expect(draft).toMatchObject({ source: 'The Astana Times', author: null, publishedAt: null });
    expect(kindOf(draft, 'Photo credit: Akorda.')).toBe('caption');
    expect(kindOf(draft, 'According to the President, “strengthening')).toBe('paragraph');
    expect(draft.blocks.at(-1)?.text).toMatch(/^Deputy Prime Minister Altai Kulginov/u);
  });
});

describe('cleanArticleText on other pages', () => {
  it('removes the chrome of another site and reads its byline and dateline', () => {
    const draft = cleanArticleText(
      [
        'Skip to content',
        'Home | World | Business | Sport | Culture',
        'EN  DE  FR',
        'Home > World > Europe',
        'Weather: Berlin 12 °C',
        'EUR/USD 1.0842  GBP/USD 1.2710',
        'We use cookies to improve your experience. Accept all cookies',
        '',
        'Berlin opens its largest public library in decades',
        '',
        'By Jane Doe | March 3, 2024',
        '',
        'Share',
        'Tweet',
        '',
        'BERLIN (Reuters) – The city opened its largest public library in decades on Sunday, with room for a million books.',
        '',
        'Photo by Max Mustermann',
        '',
        'The building, a former post office, took six years to convert.',
        '',
        'Advertisement',
        '',
        'What the library offers',
        '',
        'Visitors will find reading rooms, a music studio and a rooftop garden.',
        '',
        '“Libraries are the living rooms of a city.”',
        '',
        'Read also: Hamburg expands its harbour museum',
        '',
        'Follow us on Twitter and Facebook for more stories like this.',
        '© 2024 Example News. All rights reserved.',
        'Most read',
        'Ten things to do in Berlin this spring',
        'Why rents keep rising in the capital',
      ].join('\n'),
    );
    expect(draft).toMatchObject({
      title: 'Berlin opens its largest public library in decades',
      author: 'Jane Doe',
      publishedAt: '2024-03-03',
      source: 'Reuters', // the dateline outranks the copyright footer
    });
    expect(draft.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'caption',
      'paragraph',
      'heading',
      'paragraph',
      'quote',
    ]);
    expect(draft.blocks[0]?.text).toMatch(/^BERLIN \(Reuters\) – The city opened/u);
    const body = allText(draft);
    for (const chrome of [
      'Skip',
      'Home',
      'EN',
      'Weather',
      'EUR/USD',
      'cookies',
      'Share',
      'Tweet',
      'Advertisement',
      'Read also',
      'Follow us',
      '©',
      'Most read',
      'Ten things',
      'rents',
    ]) {
      expect(body).not.toContain(chrome);
    }
  });

  it('takes the author from a "By" byline and leaves sentences starting with "By" alone', () => {
    const draft = cleanArticleText(
      'City council approves new budget\n\nBy Jane Doe\n\nBy 2030, the city plans to double its green spaces.\n\nBy Monday the vote was over.',
    );
    expect(draft.author).toBe('Jane Doe');
    expect(texts(draft)).toEqual([
      'By 2030, the city plans to double its green spaces.',
      'By Monday the vote was over.',
    ]);
  });

  it('reads "Author:" labels, inline or with the name on the next line, and "Source:" labels', () => {
    expect(cleanArticleText('Title\n\nAuthor: Aigerim Sarsenova\n\nBody text here.').author).toBe(
      'Aigerim Sarsenova',
    );
    const draft = cleanArticleText('Title\n\nBody text here.\n\nAuthor:\n\n\nJohn Smith\n\nSource: Akorda');
    expect(draft).toMatchObject({ author: 'John Smith', source: 'Akorda' });
    expect(texts(draft)).toEqual(['Body text here.']);
  });

  it('drops a "Read also" list at the end, and one in the middle up to the next paragraph', () => {
    const draft = cleanArticleText(
      [
        'Harvest season begins',
        '',
        'Farmers in the north started the harvest on Monday, a week earlier than last year.',
        '',
        'Read also',
        'Grain exports hit a record',
        'New rail line for the north',
        '',
        'The ministry expects a yield of about 20 million tonnes of grain this year, officials said on Tuesday.',
        '',
        'Related news',
        '',
        'Wheat prices fall for a third week',
        '',
        'Drought hits southern regions',
      ].join('\n'),
    );
    expect(texts(draft)).toEqual([
      'Farmers in the north started the harvest on Monday, a week earlier than last year.',
      'The ministry expects a yield of about 20 million tonnes of grain this year, officials said on Tuesday.',
    ]);
  });

  it('handles CRLF, a BOM, tabs, indentation, trailing spaces and decomposed characters', () => {
    const draft = cleanArticleText(
      '\ufeff  Cafe\u0301 culture returns \r\n\r\n\tThe  first\u00a0 paragraph\t text.   \r\n\r\n    Second paragraph.\r\n',
    );
    expect(draft.title).toBe('Café culture returns');
    expect(draft.blocks).toEqual([
      { kind: 'paragraph', text: 'The first paragraph text.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('joins a hard-wrapped paragraph but keeps one-paragraph-per-line text apart', () => {
    const wrapped = cleanArticleText(
      'Title\n\nThe council voted on Tuesday to extend the\nprogramme for another two years, citing\nstrong demand from residents.\n\nNext paragraph.',
    );
    expect(texts(wrapped)).toEqual([
      'The council voted on Tuesday to extend the programme for another two years, citing strong demand from residents.',
      'Next paragraph.',
    ]);
    const perLine = cleanArticleText(
      'Title\nFirst paragraph of the story, which is long enough to be a whole paragraph on its own line here.\nA section\nSecond paragraph of the story, also a complete paragraph that the scraper put on one line.',
    );
    expect(perLine.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('throws a clear error for empty text or text that is only chrome', () => {
    expect(() => cleanArticleText('')).toThrow(/no text/u);
    expect(() => cleanArticleText(' \r\n\t\n\ufeff ')).toThrow(/no text/u);
    expect(() => cleanArticleText('Share\nAdvertisement\n+7 701 759 90 19')).toThrow(/no text/u);
  });

  it('accepts a text that is only a title', () => {
    expect(cleanArticleText('Just a title\n\n')).toEqual({
      title: 'Just a title',
      source: null,
      author: null,
      publishedAt: null,
      blocks: [],
    });
  });

  it('classifies only wholly quoted paragraphs as quotes', () => {
    const draft = cleanArticleText(
      [
        'Title',
        '“We will not step back.”',
        '“We will not step back,” he said.',
        '"Straight quotes count too."',
        '“First part,” she said. “Second part.”',
        '“An opening quote that the next paragraph continues.',
        'He called it “a turning point”.',
        '“Unity first”',
        'A closing paragraph, so that nothing above is the last block.',
      ].join('\n\n'),
    );
    expect(draft.blocks.map((b) => b.kind)).toEqual([
      'quote',
      'paragraph',
      'quote',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote', // quoted, and therefore not a heading
      'paragraph',
    ]);
  });

  it('takes headings only where a paragraph follows, and drops trailing tag lines', () => {
    const draft = cleanArticleText(
      [
        'Title',
        'An opening paragraph of the article.',
        'What comes next?',
        'A paragraph after a question.',
        'Section with a picture',
        'Photo: Jane Doe',
        'The paragraph of that section.',
        'Economy Energy Oil prices',
      ].join('\n\n'),
    );
    expect(draft.blocks).toEqual([
      { kind: 'paragraph', text: 'An opening paragraph of the article.' },
      { kind: 'paragraph', text: 'What comes next?' },
      { kind: 'paragraph', text: 'A paragraph after a question.' },
      { kind: 'heading', text: 'Section with a picture' },
      { kind: 'caption', text: 'Photo: Jane Doe' },
      { kind: 'paragraph', text: 'The paragraph of that section.' },
    ]);
  });

  it('reads dates in the usual forms from header lines and datelines, never from the body or without a year', () => {
    const date = (text: string): string | null => cleanArticleText(text).publishedAt;
    expect(date('Title\n\nJan. 26, 2023\n\nBody.')).toBe('2023-01-26');
    expect(date('Title\n\nPublished: January 26, 2023 10:33 am\n\nBody.')).toBe('2023-01-26');
    expect(date('Title\n\nUpdated: 27 January 2023\nPublished: 26 January 2023\n\nBody.')).toBe('2023-01-26');
    expect(date('Title\n\nPosted on Thursday, 26th January 2023 by Jane Doe\n\nBody.')).toBe('2023-01-26');
    expect(date('Title\n\nASTANA, Jan. 26, 2023 – The Senate met.')).toBe('2023-01-26');
    expect(date('Title\n\nASTANA – The Senate met on Jan. 26.')).toBeNull();
    expect(date('Title\n\nThe law was signed on 26 January 2023 and takes effect in July.')).toBeNull();
    expect(date('Title\n\n31 February 2023\n\nBody.')).toBeNull();
  });

  it('removes header widgets and menus written in other forms', () => {
    const draft = cleanArticleText(
      [
        '• EN • RU • KZ',
        'Main » Society »',
        'Culture',
        'Almaty +3°C',
        'Tel: +1 (555) 123-4567',
        '',
        'A museum reopens',
        '',
        'The museum reopened after a two-year renovation.',
        '',
        'Sign up for the City Courier newsletter and get our best stories in your inbox.',
      ].join('\n'),
    );
    expect(draft.title).toBe('A museum reopens');
    expect(draft.source).toBe('City Courier');
    expect(texts(draft)).toEqual(['The museum reopened after a two-year renovation.']);
  });

  it('falls back on a copyright line for the source', () => {
    const draft = cleanArticleText('Title\n\nBody text.\n\n© 2024 Example News. All rights reserved.');
    expect(draft.source).toBe('Example News');
    expect(texts(draft)).toEqual(['Body text.']);
  });
});
