import type { ArticleDraft } from '../../../shared/model/article';
import { GlossError } from '../errors';
import {
  continuesBreadcrumb,
  endsLinkList,
  isBreadcrumbLine,
  isCookieNotice,
  isCopyrightLine,
  isFinalCrumb,
  isInlineLink,
  isListLabel,
  isMenuLine,
  isNewsletterLine,
  isWidgetLine,
  parseInfoLine,
} from './cleanup/chrome';
import { classifyUnits, isCaption } from './cleanup/classify';
import { toLines, toUnits, wordCount } from './cleanup/lines';
import {
  DateRank,
  MetadataCollector,
  SourceRank,
  isPersonName,
  parseAuthorLabel,
  parseByline,
  parseDateline,
  parseSourceLabel,
  sourceFromCopyright,
  sourceFromNewsletter,
} from './cleanup/metadata';

/**
 * Reader mode for a scraped plain-text article: normalizes the text, removes site chrome (widgets,
 * menus, breadcrumbs, link lists, footers), lifts metadata the text states (date, source, author), takes
 * the first remaining line as the title and splits the rest into heading, paragraph, caption and quote blocks.
 */
export function cleanArticleText(raw: string): ArticleDraft {
  const lines = toLines(raw);
  if (lines.every((line) => line === '')) throw new GlossError('IMPORT_FAILED', 'The article has no text.');

  const meta = new MetadataCollector();
  const listLabels = removeChrome(lines, meta);

  const titleAt = lines.findIndex((line) => line !== '' && !isCaption(line));
  if (titleAt < 0) {
    throw new GlossError('IMPORT_FAILED', 'The article has no text once the site navigation is removed.');
  }
  for (const at of listLabels) if (at > titleAt) removeLinkList(lines, at);
  const title = lines[titleAt] ?? '';
  lines[titleAt] = '';

  const units = toUnits(lines);
  const lead = units.find((unit) => !isCaption(unit.text));
  if (lead !== undefined) {
    const dateline = parseDateline(lead.text);
    if (dateline.source !== null) meta.offerSource(dateline.source, SourceRank.dateline);
    if (dateline.date !== null) meta.offerDate(dateline.date, DateRank.dateline);
  }

  return {
    title,
    source: meta.source,
    author: meta.author,
    publishedAt: meta.publishedAt,
    blocks: classifyUnits(units),
  };
}

/**
 * Blanks every chrome line in place (a blank keeps the lines around it apart) and records the metadata
 * those lines state. Returns where link-list labels were, for removeLinkList once the title is known.
 */
function removeChrome(lines: string[], meta: MetadataCollector): number[] {
  const listLabels: number[] = [];
  let inBreadcrumb = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const afterCrumb = inBreadcrumb;
    inBreadcrumb = false;
    // Every chrome rule below is bounded at 80 words or fewer; body paragraphs skip them all.
    if (line === '' || isLongerThanChrome(line) || isCaption(line)) continue;
    const drop = (): void => {
      lines[i] = '';
    };

    if (isListLabel(line)) {
      listLabels.push(i);
      drop();
      continue;
    }

    if (isBreadcrumbLine(line)) {
      inBreadcrumb = continuesBreadcrumb(line);
      drop();
      continue;
    }

    const label = parseAuthorLabel(line);
    if (label !== null) {
      drop();
      if (label.name !== null) meta.offerAuthor(label.name);
      else {
        let at = i + 1;
        while (at < lines.length && lines[at] === '') at++;
        const name = lines[at];
        if (name !== undefined && isPersonName(name, 1)) {
          meta.offerAuthor(name);
          lines[at] = '';
        }
      }
      continue;
    }

    const source = parseSourceLabel(line);
    if (source !== null) {
      meta.offerSource(source, SourceRank.label);
      drop();
      continue;
    }

    const byline = parseByline(line);
    if (byline !== null) {
      meta.offerAuthor(byline.author);
      for (const iso of byline.dates) meta.offerDate(iso, DateRank.byline);
      drop();
      continue;
    }

    const info = parseInfoLine(line);
    if (info !== null) {
      for (const iso of info.dates) meta.offerDate(iso, info.updated ? DateRank.updated : DateRank.stated);
      drop();
      continue;
    }

    if (isNewsletterLine(line)) {
      const name = sourceFromNewsletter(line);
      if (name !== null) meta.offerSource(name, SourceRank.footer);
      drop();
      continue;
    }

    if (isCopyrightLine(line)) {
      const name = sourceFromCopyright(line);
      if (name !== null) meta.offerSource(name, SourceRank.copyright);
      drop();
      continue;
    }

    if (
      (afterCrumb && isFinalCrumb(line)) ||
      isWidgetLine(line) ||
      isMenuLine(line) ||
      isCookieNotice(line) ||
      isInlineLink(line)
    ) {
      drop();
    }
  }
  return listLabels;
}

const CHROME_MAX_WORDS = 80;

function isLongerThanChrome(line: string): boolean {
  return line.length >= CHROME_MAX_WORDS * 2 && wordCount(line) > CHROME_MAX_WORDS;
}

/** Blanks the links (or tags) listed after a label, up to the first line that reads like body text. */
function removeLinkList(lines: string[], labelAt: number): void {
  for (let i = labelAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (endsLinkList(line)) return;
    lines[i] = '';
  }
}
