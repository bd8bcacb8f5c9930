/** How a backup reads in the restore dialog and the notices. Pure; English UI, the user's clock. */
import type { BackupListing, BackupReason, RestoreResult } from '../../../shared/model/backup';
import { formatCount } from '../library/format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Times are shown on the user's clock; tests pin UTC. */
export type TimeZone = 'local' | 'utc';

const two = (n: number): string => String(n).padStart(2, '0');

/** `2025-05-03T09:14:00.123Z` → "3 May 2025, 09:14" (on the user's clock). */
export function formatBackupTime(iso: string, zone: TimeZone = 'local'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = zone === 'utc';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = MONTHS[utc ? date.getUTCMonth() : date.getMonth()] ?? '';
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const hours = utc ? date.getUTCHours() : date.getHours();
  const minutes = utc ? date.getUTCMinutes() : date.getMinutes();
  return `${day} ${month} ${year}, ${two(hours)}:${two(minutes)}`;
}

const REASONS: Readonly<Record<BackupReason, string>> = {
  daily: 'Daily backup',
  manual: 'Backup made by hand',
  'before-migration': 'Before an update of Gloss',
  'before-restore': 'Before a restore',
};

export function backupReasonLabel(reason: BackupReason): string {
  return REASONS[reason];
}

/** 1536 → "1.5 KB"; 5_400_000 → "5.4 MB" (decimal units, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit] ?? 'GB'}`;
}

const plural = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "5 articles, 1 annotation"; null when the backup's contents could not be read. */
export function formatContents(backup: Pick<BackupListing, 'articles' | 'annotations'>): string | null {
  const parts: string[] = [];
  if (backup.articles !== null) parts.push(plural(backup.articles, 'article', 'articles'));
  if (backup.annotations !== null) parts.push(plural(backup.annotations, 'annotation', 'annotations'));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** What the banner says once a restore is done. */
export function restoredMessage(result: RestoreResult, zone: TimeZone = 'local'): string {
  const restored = `Your library now holds what it held on ${formatBackupTime(result.restored.createdAt, zone)}.`;
  if (result.keptAside) {
    return `${restored} The library as it was just before is kept as a backup from ${formatBackupTime(result.keptAside.createdAt, zone)}, so you can go back to it.`;
  }
  return `${restored} The library as it was just before was damaged; it is kept at ${result.damagedCopy ?? 'its old place'}.`;
}
