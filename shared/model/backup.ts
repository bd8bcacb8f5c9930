/** Why a backup was made; it is part of the backup's file name. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's file name: `library-<UTC time to the millisecond>-<reason>.sqlite`, e.g.
 * `library-20250503T091400123Z-daily.sqlite`. Nothing else in the backups folder is a backup.
 */
export const BACKUP_NAME_PATTERN = new RegExp(
  `^library-(\\d{8}T\\d{9}Z)-(${BACKUP_REASONS.join('|')})\\.sqlite$`,
  'u',
);

/** One verified backup in the library's `backups` folder. */
export interface BackupInfo {
  readonly name: string;
  /** ISO time it was taken. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
}

/** What Gloss did at start when it found the library damaged; shown to the user once. */
export interface RecoveryReport {
  /** What was wrong, in plain words. */
  readonly problem: string;
  /** Where the damaged file was kept (its -wal and -shm beside it, with the same name). */
  readonly damagedCopy: string;
  /** The backup now in use, or null when none was usable and a new library was started. */
  readonly restoredFrom: BackupInfo | null;
  /** The whole story for a banner or a terminal. */
  readonly message: string;
}

export interface RestoreResult {
  readonly restored: BackupInfo;
  /** The library as it was just before, saved as a `before-restore` backup (null when it was damaged). */
  readonly keptAside: BackupInfo | null;
  /** Where a damaged library was kept instead, when it could not be saved as a verified backup. */
  readonly damagedCopy: string | null;
  readonly message: string;
}

/** A backup as the restore dialog lists it: what is in it, when it could be read (null otherwise). */
export interface BackupListing extends BackupInfo {
  readonly articles: number | null;
  /** Annotations not in the trash. */
  readonly annotations: number | null;
}
