import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the raw text as imported, so a re-import can tell whether anything changed. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}
