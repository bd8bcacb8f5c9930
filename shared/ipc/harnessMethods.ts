import type { z } from 'zod';
import type { ChosenPaths } from '../export/results';
import type { harnessContract } from './harness';

/** The harness-only methods (see harness.ts); apart from the schemas so the renderer does not bundle zod. */
export const HARNESS_METHOD_NAMES = ['chooseExportDestinationByPath', 'chooseImportSourcesByPath'] as const;

export type HarnessMethodName = (typeof HARNESS_METHOD_NAMES)[number];

export type HarnessApi = {
  readonly [M in HarnessMethodName]: (input: z.input<(typeof harnessContract)[M]>) => Promise<ChosenPaths>;
};
