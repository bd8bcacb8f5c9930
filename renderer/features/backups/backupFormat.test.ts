import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/model/backup';
import {
  backupReasonLabel,
  formatBackupTime,
  formatBytes,
  formatContents,
  restoredMessage,
} from './backupFormat';

const backup = (createdAt: string, reason: BackupInfo['reason'] = 'daily'): BackupInfo => ({
  name: 'library-x.sqlite',
  createdAt,
  reason,
  bytes: 1,
});

describe('backup wording', () => {
  it('shows the time to the minute, on the clock asked for', () => {
    expect(formatBackupTime('2025-05-03T09:04:59.123Z', 'utc')).toBe('3 May 2025, 09:04');
    expect(formatBackupTime('2024-12-31T23:59:00.000Z', 'utc')).toBe('31 Dec 2024, 23:59');
    expect(formatBackupTime('not a time', 'utc')).toBe('not a time');
  });

  it('names every reason in words', () => {
    expect(backupReasonLabel('daily')).toBe('Daily backup');
    expect(backupReasonLabel('before-migration')).toBe('Before an update of Gloss');
    expect(backupReasonLabel('before-restore')).toBe('Before a restore');
    expect(backupReasonLabel('manual')).toBe('Backup made by hand');
  });

  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 KB'],
    [1536, '1.5 KB'],
    [250_000, '250 KB'],
    [5_400_000, '5.4 MB'],
    [12_000_000_000, '12 GB'],
  ])('sizes %i bytes as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });

  it('says what a backup holds, leaving out what could not be read', () => {
    expect(formatContents({ articles: 1, annotations: 0 })).toBe('1 article, 0 annotations');
    expect(formatContents({ articles: 1200, annotations: 1 })).toBe('1,200 articles, 1 annotation');
    expect(formatContents({ articles: 5, annotations: null })).toBe('5 articles');
    expect(formatContents({ articles: null, annotations: null })).toBeNull();
  });

  it('tells where the library as it was went, after a restore', () => {
    const restored = backup('2025-05-03T09:14:00.000Z');
    expect(
      restoredMessage(
        {
          restored,
          keptAside: backup('2025-05-04T10:00:00.000Z', 'before-restore'),
          damagedCopy: null,
          message: '',
        },
        'utc',
      ),
    ).toBe(
      'Your library now holds what it held on 3 May 2025, 09:14. The library as it was just before is kept as a backup from 4 May 2025, 10:00, so you can go back to it.',
    );
    expect(
      restoredMessage(
        { restored, keptAside: null, damagedCopy: '/data/library.corrupt-1.sqlite', message: '' },
        'utc',
      ),
    ).toBe(
      'Your library now holds what it held on 3 May 2025, 09:14. The library as it was just before was damaged; it is kept at /data/library.corrupt-1.sqlite.',
    );
  });
});
