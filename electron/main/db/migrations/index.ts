import { initial } from './0010-initial';
import { searchIndex } from './0020-search-index';
import { annotations } from './0030-annotations';
import { articleTexts } from './0040-article-texts';
import type { Migration } from './types';

/** Every migration, in the order they run. Versions step by 10 so a fix can slot in between. */
export const migrations: readonly Migration[] = [initial, searchIndex, annotations, articleTexts];

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;
