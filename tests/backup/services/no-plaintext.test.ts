// No plaintext in a backup: a tip whose text holds a unique marker and attachments whose bytes hold
// it (one of them stored before sealing, in plaintext) are backed up; no file anywhere under the
// backup folder holds the marker — nor the reporter's name or ID number — as UTF-8 or UTF-16LE.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

const LETTER_SHA = createHash('sha256').update(LETTER).digest('hex');
const SECRETS = [MARKER, REPORTER.name, REPORTER.idNumber, REPORTER.phone];
const needles = SECRETS.flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);

describe('a backup', () => {
  it('holds no reporter text and no attachment content in plaintext', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    // The letter as a file stored before attachments were sealed: plaintext in the data folder
    // (the sweep at start seals such files; one made before that must not carry it into a backup).
    const letter = join(env.file, '..', 'attachments', LETTER_SHA.slice(0, 2), LETTER_SHA);
    expect(isSealed(readFileSync(letter))).toBe(true);
    writeFileSync(letter, LETTER);
    expect(readFileSync(letter).includes(Buffer.from(MARKER))).toBe(true);

    const backup = await createBackup(env, o.admin);
    const files = filesUnder(backup.folder);
    expect(files.map((p) => p.slice(backup.folder.length + 1).split(/[\\/]/)[0]).sort()).toEqual(['attachments', 'attachments', 'lianqing.sqlite', 'manifest.json']);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds ${needle.toString('hex')}`).toBe(false);
    }
    // Every attachment in the backup is sealed, the legacy one too.
    for (const file of files.filter((p) => p.startsWith(join(backup.folder, 'attachments')))) expect(isSealed(readFileSync(file))).toBe(true);
  });
});
