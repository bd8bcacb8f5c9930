import type { RecoveryReport } from '../../../shared/model/backup';
import type { AppNotice } from './noticeStore';
import { formatBackupTime, type TimeZone } from '../backups/backupFormat';

/** What the banner says about a library repaired at start. Pure, so every wording is unit-tested. */
export function recoveryNotice(report: RecoveryReport, zone: TimeZone = 'local'): Omit<AppNotice, 'id'> {
  const details = [`The damaged file is kept at ${report.damagedCopy}.`, `What was wrong: ${report.problem}`];
  if (report.restoredFrom === null) {
    return {
      tone: 'problem',
      title: 'Your library was damaged, and there was no backup to restore.',
      message:
        'Gloss started a new, empty library so that you can go on working. Your old file was not deleted.',
      details,
    };
  }
  return {
    tone: 'problem',
    title: 'Your library was damaged, so Gloss restored your latest backup.',
    message: `The library now holds what it held on ${formatBackupTime(report.restoredFrom.createdAt, zone)}. Changes made after that time are not in it.`,
    details,
  };
}
