import { describe, expect, it } from 'vitest';
import type { RecoveryReport } from '../../../shared/model/backup';
import { recoveryNotice } from './recoveryNotice';

const damaged = {
  problem: 'The library file is damaged: file is not a database',
  damagedCopy: '/data/library.corrupt-20250503T091400123Z.sqlite',
  message: 'the whole story',
};

describe('recoveryNotice', () => {
  it('says a backup was restored, from when, and what is missing', () => {
    const report: RecoveryReport = {
      ...damaged,
      restoredFrom: {
        name: 'library-20250502T080000000Z-daily.sqlite',
        createdAt: '2025-05-02T08:00:00.000Z',
        reason: 'daily',
        bytes: 4096,
      },
    };
    const notice = recoveryNotice(report, 'utc');
    expect(notice.tone).toBe('problem');
    expect(notice.title).toBe('Your library was damaged, so Gloss restored your latest backup.');
    expect(notice.message).toBe(
      'The library now holds what it held on 2 May 2025, 08:00. Changes made after that time are not in it.',
    );
    expect(notice.details).toEqual([
      'The damaged file is kept at /data/library.corrupt-20250503T091400123Z.sqlite.',
      'What was wrong: The library file is damaged: file is not a database',
    ]);
  });

  it('says a new library was started when no backup was sound, and that the old file is kept', () => {
    const notice = recoveryNotice({ ...damaged, restoredFrom: null }, 'utc');
    expect(notice.title).toBe('Your library was damaged, and there was no backup to restore.');
    expect(notice.message).toMatch(/new, empty library/u);
    expect(notice.details?.[0]).toContain('library.corrupt-20250503T091400123Z.sqlite');
  });
});
