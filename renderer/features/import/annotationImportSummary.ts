import type { AnnotationImportReport } from '../../../shared/export/results';

const highlights = (n: number): string => `${n.toLocaleString('en')} ${n === 1 ? 'highlight' : 'highlights'}`;

/** What an annotation import did, in plain sentences: the headline first, then what is worth knowing. */
export function summarizeAnnotationImport(report: AnnotationImportReport): readonly string[] {
  const lines = [
    report.imported > 0
      ? `Imported ${highlights(report.imported)} with ${report.imported === 1 ? 'its note and tags' : 'their notes and tags'}.`
      : 'Nothing new: every highlight in the file is already in the library, or has no article here.',
  ];
  const { unchanged, orphaned, unmatched } = report;
  if (unchanged > 0) {
    lines.push(
      unchanged === 1
        ? '1 highlight was already in the library and is left as it was.'
        : `${highlights(unchanged)} were already in the library and are left as they were.`,
    );
  }
  if (orphaned > 0) {
    lines.push(
      orphaned === 1
        ? '1 highlight’s text was not found in its article: it is kept, listed with the article, to attach again.'
        : `The text of ${highlights(orphaned)} was not found in their articles: they are kept, listed with each article, to attach again.`,
    );
  }
  if (unmatched > 0) {
    lines.push(
      unmatched === 1
        ? '1 highlight belongs to an article that is not in the library; it was not imported.'
        : `${highlights(unmatched)} belong to articles that are not in the library; they were not imported.`,
    );
  }
  return lines;
}
