import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ChosenPaths } from '../../../shared/export/results';
import type { ExportFormat } from '../../../shared/export/types';
import { GlossError } from '../errors';

/** What a handle may be used for: a destination is never read from, a source never written to. */
export type ChoicePurpose = 'export' | 'import';

/** The file dialogs of the platform; absent (everything "cancelled") where there are none. */
export interface PathChooser {
  chooseExportPath(request: {
    readonly format: ExportFormat;
    readonly perArticle: boolean;
  }): Promise<string | null>;
  chooseImportPaths(request: { readonly folders: boolean }): Promise<readonly string[] | null>;
}

/** No dialogs (the harness, the CLI, tests): the harness types paths in through its own route instead. */
export const NO_DIALOGS: PathChooser = {
  chooseExportPath: () => Promise.resolve(null),
  chooseImportPaths: () => Promise.resolve(null),
};

/** Handles kept: enough for any session, small enough that a loop of choices cannot grow memory. */
const KEPT = 64;

/**
 * Paths the user chose, behind opaque handles. The renderer only ever holds a handle, so it can
 * export or import only where the user pointed a dialog (in Electron) or typed a path (in the
 * harness); a page that sends a path of its own finds no method that takes one.
 */
export class PathChoices {
  private readonly chosen = new Map<
    string,
    { readonly purpose: ChoicePurpose; readonly paths: readonly string[] }
  >();

  constructor(readonly chooser: PathChooser = NO_DIALOGS) {}

  /** Registers paths the user chose and returns their handle. */
  add(purpose: ChoicePurpose, paths: readonly string[]): ChosenPaths {
    const first = paths[0];
    if (first === undefined) throw new GlossError('INVALID_ARGUMENT', 'Nothing was chosen.');
    const handle = randomUUID();
    this.chosen.set(handle, { purpose, paths: [...paths] });
    for (const key of this.chosen.keys()) {
      if (this.chosen.size <= KEPT) break;
      this.chosen.delete(key);
    }
    const label = paths.length === 1 ? first : `${basename(first)} and ${paths.length - 1} more`;
    return { handle, label, count: paths.length };
  }

  /** The paths behind a handle; NOT_FOUND for one main never gave out for this purpose. */
  paths(purpose: ChoicePurpose, handle: string): readonly string[] {
    const entry = this.chosen.get(handle);
    if (entry?.purpose !== purpose) {
      throw new GlossError('NOT_FOUND', 'That choice of files is no longer known; choose again.');
    }
    return entry.paths;
  }

  path(purpose: ChoicePurpose, handle: string): string {
    const [first] = this.paths(purpose, handle);
    if (first === undefined)
      throw new GlossError('NOT_FOUND', 'That choice of files is no longer known; choose again.');
    return first;
  }

  async chooseExport(request: {
    readonly format: ExportFormat;
    readonly perArticle: boolean;
  }): Promise<ChosenPaths | null> {
    const path = await this.chooser.chooseExportPath(request);
    return path === null ? null : this.add('export', [path]);
  }

  async chooseImport(request: { readonly folders: boolean }): Promise<ChosenPaths | null> {
    const paths = await this.chooser.chooseImportPaths(request);
    return paths === null || paths.length === 0 ? null : this.add('import', paths);
  }
}
