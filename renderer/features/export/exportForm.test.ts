import { describe, expect, it } from 'vitest';
import { countsText, exportRequest, initialForm, type ExportForm } from './exportForm';

const CURRENT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('exportRequest', () => {
  it('starts on the open article, else the whole library', () => {
    expect(initialForm(CURRENT).scope).toBe('current');
    expect(initialForm(null).scope).toBe('library');
  });

  it('turns the form into the contract call, leaving out empty filters and the default template', () => {
    const check = exportRequest(initialForm(CURRENT), CURRENT);
    expect(check).toEqual({
      ok: true,
      request: {
        format: 'md',
        scope: { articleIds: [CURRENT] },
        filters: { includeEmpty: false, sinceLast: false },
        perArticle: false,
      },
    });
  });

  it('sends filters, one file per article and an edited template for Markdown only', () => {
    const form: ExportForm = {
      ...initialForm(null),
      scope: 'chosen',
      chosenIds: [CURRENT, OTHER],
      colors: ['red', 'blue'],
      tag: ' #Democracy ',
      from: '2024-01-01',
      to: '2024-12-31',
      includeEmpty: true,
      sinceLast: true,
      perArticle: true,
      template: '# {{title}}',
    };
    expect(exportRequest(form, null)).toEqual({
      ok: true,
      request: {
        format: 'md',
        scope: { articleIds: [CURRENT, OTHER] },
        filters: {
          colors: ['red', 'blue'],
          tags: ['Democracy'],
          from: '2024-01-01',
          to: '2024-12-31',
          includeEmpty: true,
          sinceLast: true,
        },
        perArticle: true,
        template: '# {{title}}',
      },
    });
    const csv = exportRequest({ ...form, format: 'csv' }, null);
    expect(csv.ok && csv.request.perArticle).toBe(false);
    expect(csv.ok && 'template' in csv.request).toBe(false);
  });

  it('says what is missing', () => {
    expect(exportRequest({ ...initialForm(null), scope: 'current' }, null)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Open an article/u) as string,
    });
    expect(exportRequest({ ...initialForm(null), scope: 'chosen' }, null)).toMatchObject({
      ok: false,
      problem: 'Choose at least one article.',
    });
    expect(exportRequest({ ...initialForm(null), from: '2024-05-02', to: '2024-05-01' }, null)).toMatchObject(
      { ok: false },
    );
  });

  it('counts in words', () => {
    expect(countsText(1, 1)).toBe('1 article, 1 highlight');
    expect(countsText(1200, 0)).toBe('1,200 articles, 0 highlights');
  });
});
