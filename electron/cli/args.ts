import { resolve } from 'node:path';
import { defaultDataDir } from '../main/paths';

export class UsageError extends Error {}

/** `--data-dir` as given, else the per-OS folder the app itself uses. */
export function dataDirFrom(value: string | undefined): string {
  return value ? resolve(value) : defaultDataDir();
}

export function positiveInt(name: string, value: string | undefined, fallback: number, max = 65535): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`${name} must be a whole number from 0 to ${max}, not "${value}".`);
  return n;
}
