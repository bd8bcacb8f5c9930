import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/types';
import type { ChosenPaths } from '../export/results';
import type { HarnessMethodName } from './harnessMethods';

/**
 * The browser harness has no native file dialogs, so there the user types a path. These two
 * methods take that path and return the same handle Electron's dialogs give. They are served by
 * the harness's HTTP binding only: they are not in METHOD_NAMES, so the Electron preload never
 * exposes them and a page in the app can never name a path of its own choosing.
 */
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(p), 'must be an absolute path');

export const harnessContract = {
  chooseExportDestinationByPath: z
    .object({ format: z.enum(EXPORT_FORMATS), perArticle: z.boolean().default(false), path: absolutePath })
    .strict(),
  chooseImportSourcesByPath: z.object({ paths: z.array(absolutePath).min(1).max(100) }).strict(),
} satisfies Record<HarnessMethodName, z.ZodType>;

export type HarnessHandlers = {
  readonly [M in HarnessMethodName]: (input: z.output<(typeof harnessContract)[M]>) => ChosenPaths;
};
