import { z } from 'zod';
import type { ArticlePage, Article, LibraryStats } from '../model/article';
import type { Preferences } from '../model/preferences';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../model/preferences';
import type { MethodName } from './methods';

/** A method: how its one argument is parsed, and (as a type only) what it returns. */
export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  /** Never set at run time; carries the result type. */
  readonly output?: Output;
}

const method =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });

const articleId = z.uuid();
const noInput = z.undefined().or(z.object({}).strict()).transform(() => ({}));

export const ListArticlesInput = z
  .object({
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    sort: z.enum(['date', 'title', 'imported']).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();

export const GetArticleInput = z.object({ id: articleId }).strict();

export const UpdatePreferencesInput = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    fontSize: z.number().int().min(FONT_SIZE_MIN).max(FONT_SIZE_MAX),
    lastArticleId: articleId.nullable(),
    lastScroll: z.number().min(0).max(1),
    librarySort: z.enum(['date', 'title', 'imported']),
    libraryDirection: z.enum(['asc', 'desc']),
  })
  .partial()
  .strict();

/**
 * Every method the renderer may call. Main implements each (a missing one fails to compile),
 * both bindings validate arguments with `input` before a handler sees them.
 */
export const contract = {
  listArticles: method<ArticlePage>()(ListArticlesInput),
  getArticle: method<Article>()(GetArticleInput),
  getLibraryStats: method<LibraryStats>()(noInput),
  getPreferences: method<Preferences>()(noInput),
  updatePreferences: method<Preferences>()(UpdatePreferencesInput),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;
