import { z } from 'zod';

/**
 * Electronegativity's SARIF report against Gloss's reviewed baseline. A finding is accepted only
 * when the baseline names its rule and file (never a line: they move with every build) and no more
 * of them appear than the baseline's `count`, so a second openExternal or BrowserWindow in the same
 * bundle is a new finding.
 */

export interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly level: string;
  readonly message: string;
}

const sarifSchema = z.object({
  runs: z
    .array(
      z.object({
        tool: z.object({ driver: z.object({ name: z.string() }) }),
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string().default('warning'),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .min(1),
});

const baselineSchema = z.object({
  accepted: z.array(
    z
      .object({
        rule: z
          .string()
          .regex(/^[A-Z0-9_]+$/, 'a rule id as electronegativity writes it, e.g. OPEN_EXTERNAL_JS_CHECK'),
        file: z.string().min(1),
        count: z.number().int().positive().default(1),
        reason: z.string().trim().min(20, 'say why this finding is accepted'),
      })
      .strict(),
  ),
});

export type BaselineEntry = z.infer<typeof baselineSchema>['accepted'][number];

/** Paths as written on any OS, so a baseline made on Linux matches a scan on Windows. */
function normalizePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//, '');
}

export function parseSarif(json: unknown): Finding[] {
  const sarif = sarifSchema.parse(json);
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        file: normalizePath(location?.artifactLocation.uri ?? ''),
        line: location?.region?.startLine ?? 0,
        level: result.level,
        message: result.message.text,
      };
    }),
  );
}

export function parseBaseline(json: unknown): BaselineEntry[] {
  const entries = baselineSchema
    .parse(json)
    .accepted.map((entry) => ({ ...entry, file: normalizePath(entry.file) }));
  const keys = entries.map((entry) => `${entry.rule} ${entry.file}`);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new Error(`The baseline lists ${duplicate} twice: give it one entry with a count.`);
  return entries;
}

export interface Comparison {
  /** Findings the baseline does not accept: the scan fails on any. */
  readonly unexpected: readonly Finding[];
  readonly accepted: readonly Finding[];
  /** Baseline entries that matched fewer findings than their count: the scan fails until they are updated. */
  readonly stale: readonly (BaselineEntry & { readonly found: number })[];
}

export function compareWithBaseline(
  findings: readonly Finding[],
  baseline: readonly BaselineEntry[],
): Comparison {
  const unexpected: Finding[] = [];
  const accepted: Finding[] = [];
  const used = new Map<BaselineEntry, number>();
  for (const finding of findings) {
    const entry = baseline.find(
      (candidate) => candidate.rule === finding.rule && candidate.file === finding.file,
    );
    const count = entry ? (used.get(entry) ?? 0) : 0;
    if (entry && count < entry.count) {
      used.set(entry, count + 1);
      accepted.push(finding);
    } else {
      unexpected.push(finding);
    }
  }
  const stale = baseline
    .map((entry) => ({ ...entry, found: used.get(entry) ?? 0 }))
    .filter((entry) => entry.found < entry.count);
  return { unexpected, accepted, stale };
}

/** What the scan prints: every finding that fails it, then every baseline entry that needs updating. */
export function describeComparison({ unexpected, accepted, stale }: Comparison): string[] {
  const lines = [`electronegativity: ${accepted.length} accepted by the baseline, ${unexpected.length} new`];
  for (const finding of unexpected) {
    lines.push(
      `  NEW ${finding.rule} in ${finding.file}:${finding.line} (${finding.level}): ${finding.message}`,
    );
  }
  for (const entry of stale) {
    lines.push(
      `  STALE baseline entry ${entry.rule} in ${entry.file}: expected ${entry.count}, found ${entry.found}; lower its count or remove it`,
    );
  }
  return lines;
}
