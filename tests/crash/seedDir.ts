import { fileURLToPath } from 'node:url';

/** The app's seed articles (tests/helpers/tempDir.ts has the same, but imports vitest). */
export const SEED_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
