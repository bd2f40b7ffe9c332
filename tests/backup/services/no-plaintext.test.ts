// No plaintext in a backup: a tip whose text holds a unique marker and attachments whose bytes hold
// it (one of them stored before sealing, in plaintext) are backed up; no file anywhere under the
// backup folder holds the marker — nor the reporter's name or ID number — as UTF-8 or UTF-16LE.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTER } from '../../helpers/tips.ts';
import { createBackup, LETTER, MARKER, officeWithTips, type Fixture } from '../officeData.ts';
import { isSealed } from '../../../electron/services/kernel/sealedFiles.ts';

let f: Fixture | null = null;
afterEach(() => {
  f?.env.close();
  f = null;
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((n) => join(folder, n)).filter((p) => statSync(p).isFile());
}

const SECRETS = [MARKER, REPORTER.name, REPORTER.idNumber, REPORTER.phone];
const needles = SECRETS.flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);

describe('a backup', () => {
  it('holds no reporter text and no attachment content in plaintext', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    // The data folder itself still holds the letter as it was stored (the check below is not empty-handed).
    const root = join(env.file, '..', 'attachments');
    const stored = filesUnder(root).map((p) => readFileSync(p));
    expect(stored.some((b) => b.includes(Buffer.from(MARKER)) || isSealed(b))).toBe(true);

    const backup = await createBackup(env, o.admin);
    const files = filesUnder(backup.folder);
    expect(files.map((p) => p.slice(backup.folder.length + 1).split(/[\\/]/)[0]).sort()).toEqual(['attachments', 'attachments', 'lianqing.sqlite', 'manifest.json']);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds ${needle.toString('hex')}`).toBe(false);
    }
    // Every attachment in the backup is sealed; the letter's length alone gives nothing away in plaintext.
    for (const file of files.filter((p) => p.includes(`${join(backup.folder, 'attachments')}`))) expect(isSealed(readFileSync(file))).toBe(true);
    expect(LETTER.includes(Buffer.from(MARKER))).toBe(true);
  });
});
