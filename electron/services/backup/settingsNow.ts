// The backup settings, read under the store's gate (outside a transaction of the runner: a job's
// open transaction on the one connection must not be read in the middle).
import type { ServiceContext } from '../kernel/context.ts';
import { getSettings } from '../settings/index.ts';

export interface BackupSettings {
  keepDays: number;
  secondFolder: string;
}

export async function backupSettingsOf(ctx: ServiceContext): Promise<BackupSettings> {
  const release = await ctx.gate.acquire();
  try {
    const s = getSettings(ctx.db);
    return { keepDays: s.backupKeepDays, secondFolder: s.backupSecondFolder };
  } finally {
    release();
  }
}
