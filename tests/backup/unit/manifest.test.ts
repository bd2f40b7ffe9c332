// A backup's manifest (services/backup/manifest.ts): authenticated under the install's backup key,
// so an edit — even one that keeps it valid JSON — or another install's key fails it; a manifest
// of another format or not JSON at all is refused with a message.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestText, readManifest, type Manifest } from '../../../electron/services/backup/manifest.ts';
import { deriveKeyring, newMasterSecret } from '../../../electron/services/kernel/keys/keyring.ts';
import { tempDir } from '../../helpers/services.ts';

const body: Manifest = {
  format: 'lianqing-backup/1',
  kind: 'manual',
  madeAt: '2026-11-21T01:30:05.000Z',
  madeAtLocal: '2026-11-21 09:30:05',
  timeZone: 'Asia/Shanghai',
  schemaVersion: 10,
  counts: { units: 6, people: 16, tips: 2, attachments: 1 },
  auditHead: { id: 40, mac: 'ab'.repeat(32) },
  database: { file: 'lianqing.sqlite', bytes: 4096, sha256: 'cd'.repeat(32) },
  attachments: [{ sha256: 'ef'.repeat(32), bytes: 100, stored: '01'.repeat(32) }],
  absent: [],
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(text: string): string {
  dir = tempDir('lianqing-manifest-');
  const folder = join(dir, 'b');
  mkdirSync(folder);
  writeFileSync(join(folder, 'manifest.json'), text);
  return folder;
}

describe('a backup manifest', () => {
  const keys = deriveKeyring(newMasterSecret());

  it('reads back what was written, and its MAC holds under the key that wrote it only', async () => {
    const read = await readManifest(write(manifestText(body, keys.backup)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.manifest).toEqual(body);
    expect(read.macOk(keys.backup)).toBe(true);
    expect(read.macOk(deriveKeyring(newMasterSecret()).backup)).toBe(false);
    expect(read.macOk(keys.audit)).toBe(false);
  });

  it('fails its MAC when edited, even as valid JSON', async () => {
    const text = manifestText(body, keys.backup);
    for (const edited of [text.replace('"tips": 2', '"tips": 20'), text.replace('09:30:05"', '09:30:06"'), text.replace('"kind": "manual"', '"kind": "auto"')]) {
      expect(edited).not.toBe(text);
      const read = await readManifest(write(edited));
      expect(read.ok && read.macOk(keys.backup)).toBe(false);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused with a message when missing, not JSON, of another format or missing fields', async () => {
    dir = tempDir('lianqing-manifest-');
    expect(await readManifest(dir)).toMatchObject({ ok: false, missing: true, problem: expect.stringContaining('没有备份说明文件') });
    rmSync(dir, { recursive: true, force: true });
    expect(await readManifest(write('{ not json'))).toMatchObject({ ok: false, missing: false, problem: expect.stringContaining('已损坏') });
    rmSync(dir, { recursive: true, force: true });
    expect(await readManifest(write(JSON.stringify({ ...body, format: 'lianqing-backup/9', mac: 'x' })))).toMatchObject({ ok: false, problem: expect.stringContaining('lianqing-backup/9') });
    rmSync(dir, { recursive: true, force: true });
    const { counts: _counts, ...partial } = body;
    expect(await readManifest(write(JSON.stringify({ ...partial, mac: 'x' })))).toMatchObject({ ok: false, problem: expect.stringContaining('格式不对') });
  });
});
