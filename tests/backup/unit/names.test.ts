// The naming and keeping rules of backups (shared/backup/names.ts): names by the office's clock
// and kind, read back; partial folders never read as backups; which automatic backups are past
// keeping; folders typed must be whole paths.
import { describe, expect, it } from 'vitest';
import { autoBackupsPastKeeping, backupName, isAbsoluteFolder, parseBackupName, partialName, partialOf } from '../../../shared/backup/index.ts';
import { secondInZone } from '../../../shared/kernel/dates.ts';

describe('backup names', () => {
  it('are made from the office’s clock, by kind, and read back', () => {
    const at = new Date('2026-11-21T01:30:05Z'); // 09:30:05 in Beijing
    const local = secondInZone(at, 'Asia/Shanghai');
    expect(local).toBe('2026-11-21 09:30:05');
    expect(secondInZone(at, 'America/Los_Angeles')).toBe('2026-11-20 17:30:05');
    expect(backupName('manual', local)).toBe('廉情备份-20261121-093005');
    expect(backupName('auto', local)).toBe('廉情备份-20261121-093005-自动');
    expect(backupName('pre-restore', local, 2)).toBe('廉情备份-20261121-093005-恢复前-2');
    expect(parseBackupName('廉情备份-20261121-093005-自动')).toEqual({ kind: 'auto', date: '2026-11-21', time: '09:30:05' });
    expect(parseBackupName('廉情备份-20261121-093005-恢复前-2')).toEqual({ kind: 'pre-restore', date: '2026-11-21', time: '09:30:05' });
    expect(parseBackupName('廉情备份-20261121-093005')).toMatchObject({ kind: 'manual' });
    expect(() => backupName('manual', '2026-11-21')).toThrow();
  });

  it('never take a partial folder, or another name, for a backup', () => {
    const partial = partialName('廉情备份-20261121-093005', 4242);
    expect(partial).toBe('廉情备份-20261121-093005.partial-4242');
    expect(parseBackupName(partial)).toBeNull();
    expect(partialOf(partial)).toEqual({ name: '廉情备份-20261121-093005', pid: 4242 });
    expect(partialOf('别的.partial-12')).toBeNull();
    for (const name of ['廉情备份-2026112-093005', '廉情备份-20261121-093005-手动', '廉情备份-20261121-093005-1', '廉情备份-20261121-093005 ', 'x廉情备份-20261121-093005']) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});

describe('automatic backups past keeping', () => {
  const days = (...dates: string[]) => dates.map((date) => ({ name: `廉情备份-${date.replace(/-/g, '')}-090000-自动`, date }));

  it('keeps the last N days, today counting as the first', () => {
    const backups = days('2026-11-15', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21');
    expect(autoBackupsPastKeeping(backups, '2026-11-21', 3)).toEqual(['廉情备份-20261115-090000-自动', '廉情备份-20261118-090000-自动']);
    expect(autoBackupsPastKeeping(backups, '2026-11-21', 14)).toEqual([]);
    expect(autoBackupsPastKeeping(backups, '2026-11-21', 1)).toHaveLength(4);
  });

  it('always keeps the newest, however old (a clock set wrong)', () => {
    const backups = days('2026-01-01', '2026-01-02');
    expect(autoBackupsPastKeeping(backups, '2026-11-21', 3)).toEqual(['廉情备份-20260101-090000-自动']);
    expect(autoBackupsPastKeeping([], '2026-11-21', 3)).toEqual([]);
  });
});

describe('folders typed by the administrator', () => {
  it('must be whole paths', () => {
    for (const ok of ['E:\\', 'E:\\廉情备份', 'd:/backups', '\\\\server\\share\\廉情', '/media/usb', '/']) expect(isAbsoluteFolder(ok), ok).toBe(true);
    for (const bad of ['usb', '.\\backups', '..', 'E:', 'E:backups', '\\\\server', '~/backups']) expect(isAbsoluteFolder(bad), bad).toBe(false);
  });
});
