// Files that are what they say (issue: security and data safety §7): a .txt must be text (UTF-8
// or GB18030, no control characters but tab and line breaks); names keep their extension when
// shortened, and a Windows device name is no trouble (the content is stored under its hash); at
// start the attachment folder is swept of content no record refers to and of stale temporary
// files, and an upload cut off between its commit and its move is put in place.
import { isSealed, openSealed, seal } from '../../../electron/services/kernel/sealedFiles.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ok, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, register, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';
import { sweepAttachments } from '../../../electron/services/tips/index.ts';
import { insertFileRecord } from '../../../db/repos/tips/tips.ts';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

async function tipId(): Promise<number> {
  const [p] = registryPeople(env, 1);
  return (await register(env, o.clerk, namedTip([p!]))).id;
}
const upload = (tip: number, fileName: string, data: Buffer) => send(env, 'tips.addAttachment', { tipId: tip, file: { fileName, dataBase64: data.toString('base64') } }, o.clerk);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('text files', () => {
  it('take UTF-8 (with or without a BOM) and GB18030, and refuse a program or stray bytes named .txt', async () => {
    const tip = await tipId();
    const utf8 = Buffer.from('举报信\r\n\t第二行', 'utf8');
    expect((await upload(tip, '举报信.txt', utf8)).ok).toBe(true);
    expect((await upload(tip, '带BOM.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('甲乙', 'utf8')]))).ok).toBe(true);
    const gb = Buffer.from([0xbe, 0xd9, 0xb1, 0xa8, 0xd0, 0xc5]); // 举报信 in GB18030
    expect((await upload(tip, '旧文件.txt', gb)).ok).toBe(true);
    const refused = { ok: false, error: { code: 'VALIDATION', message: '“程序.txt”的内容与扩展名.txt不符，请确认文件未损坏。' } };
    expect(await upload(tip, '程序.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).toMatchObject(refused);
    expect(await upload(tip, '程序.txt', Buffer.from('文本\u0007响铃', 'utf8'))).toMatchObject(refused);
    expect(await upload(tip, '程序.txt', Buffer.from([0xff, 0xfe, 0xfd, 0x80]))).toMatchObject(refused);
  });
});

describe('Office and PDF files', () => {
  it('are refused with macros or scripts, naming the file and what to do, and nothing is stored', async () => {
    const tip = await tipId();
    const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
    const macro = Buffer.from(zipSync({ '[Content_Types].xml': strToU8(types), 'word/document.xml': strToU8('<w:document/>'), 'word/vbaProject.bin': new Uint8Array(4) }));
    expect(await upload(tip, '情况说明.docx', macro)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '“情况说明.docx”含有宏、ActiveX 控件或嵌入的程序对象，不能作为附件保存；请另存为不含宏的 .docx 文件后再上传。' },
    });
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })));
    expect(await upload(tip, '扫描件.pdf', Buffer.from(await doc.save()))).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('含有脚本（JavaScript）') } });
    expect(existsSync(join(env.dir, 'attachments'))).toBe(false);
  });
});

describe('names', () => {
  it('are shortened keeping the extension; a device name is shown as given and stored under the content\'s hash', async () => {
    const tip = await tipId();
    const data = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const long = await ok(env, 'tips.addAttachment', { tipId: tip, file: { fileName: `${'很长的文件名'.repeat(30)}.pdf`, dataBase64: data.toString('base64') } }, o.clerk);
    expect(Array.from(long.fileName)).toHaveLength(120);
    expect(long.fileName.endsWith('.pdf')).toBe(true);
    const con = await ok(env, 'tips.addAttachment', { tipId: tip, file: { fileName: 'CON.txt', dataBase64: Buffer.from('文本').toString('base64') } }, o.clerk);
    expect(con.fileName).toBe('CON.txt');
    expect(readdirSync(join(env.dir, 'attachments', con.sha256.slice(0, 2)))).toEqual([con.sha256]);
    if (process.platform !== 'win32') {
      // Readable by the user only: a scanned letter may name the reporter.
      const mode = (p: string) => statSync(p).mode & 0o777;
      expect(mode(join(env.dir, 'attachments'))).toBe(0o700);
      expect(mode(join(env.dir, 'attachments', con.sha256.slice(0, 2)))).toBe(0o700);
      expect(mode(join(env.dir, 'attachments', con.sha256.slice(0, 2), con.sha256))).toBe(0o600);
    }
  });
});

describe('the sweep at start', () => {
  it('removes content no record refers to and stale temporary files, keeps recorded content and fresh uploads, and finishes a cut-off move', async () => {
    const tip = await tipId();
    const kept = Buffer.from('记录在案的附件');
    const att = await ok(env, 'tips.addAttachment', { tipId: tip, file: { fileName: '在案.txt', dataBase64: kept.toString('base64') } }, o.clerk);
    const root = join(env.dir, 'attachments');
    const place = (b: Buffer) => join(root, sha(b).slice(0, 2), sha(b));
    const put = (path: string, b: Buffer, minutesAgo = 0) => {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, b);
      const at = new Date(env.clock.now().getTime() - minutesAgo * 60_000);
      utimesSync(path, at, at);
    };
    const orphan = Buffer.from('未登记的举报信');
    put(place(orphan), orphan);
    const stale = Buffer.from('中断的上传');
    const staleTemp = `${place(stale)}.${randomUUID()}.tmp`;
    put(staleTemp, stale, 30);
    const fresh = Buffer.from('正在上传');
    const freshTemp = `${place(fresh)}.${randomUUID()}.tmp`;
    put(freshTemp, fresh, 1);
    // Committed (recorded) but the process died before the move.
    const cut = Buffer.from('已提交未移动');
    insertFileRecord(env.db, sha(cut), cut.length, env.clock.now().toISOString());
    const cutTemp = `${place(cut)}.${randomUUID()}.tmp`;
    put(cutTemp, seal(env.ctx.keys.files, sha(cut), cut), 30);

    expect(sweepAttachments(env.ctx)).toEqual({ removed: 2, recovered: 1, sealed: 0 });
    expect(existsSync(place(orphan))).toBe(false);
    expect(existsSync(staleTemp)).toBe(false);
    expect(existsSync(freshTemp)).toBe(true);
    expect(openSealed(env.ctx.keys.files, sha(cut), readFileSync(place(cut)))).toEqual(cut);
    expect(openSealed(env.ctx.keys.files, sha(kept), readFileSync(place(kept)))).toEqual(kept);
    expect(Buffer.from((await ok(env, 'tips.downloadAttachment', { id: att.id }, o.clerk)).dataBase64, 'base64')).toEqual(kept);
    expect(sweepAttachments(env.ctx)).toEqual({ removed: 0, recovered: 0, sealed: 0 });
  });

  it('seals content stored in plaintext before encryption, and it reads back the same', async () => {
    const tip = await tipId();
    const att = await ok(env, 'tips.addAttachment', { tipId: tip, file: { fileName: '早先.txt', dataBase64: Buffer.from('占位').toString('base64') } }, o.clerk);
    // As an older version stored it: the content itself under its hash.
    const legacy = Buffer.from('早先未加密的举报信 PLAINTEXT-MARKER-5c1e');
    const place = join(env.dir, 'attachments', sha(legacy).slice(0, 2), sha(legacy));
    mkdirSync(join(place, '..'), { recursive: true });
    writeFileSync(place, legacy);
    insertFileRecord(env.db, sha(legacy), legacy.length, env.clock.now().toISOString());
    env.db.prepare('UPDATE tip_attachments SET sha256 = ?, size = ? WHERE id = ?').run(sha(legacy), legacy.length, att.id);
    // Readable before the sweep (its hash is checked), sealed by it, readable after.
    expect(Buffer.from((await ok(env, 'tips.downloadAttachment', { id: att.id }, o.clerk)).dataBase64, 'base64')).toEqual(legacy);
    expect(sweepAttachments(env.ctx)).toMatchObject({ sealed: 1 });
    const stored = readFileSync(place);
    expect(isSealed(stored)).toBe(true);
    expect(stored.includes(Buffer.from('PLAINTEXT-MARKER-5c1e'))).toBe(false);
    expect(readdirSync(join(place, '..'))).toEqual([sha(legacy)]);
    expect(Buffer.from((await ok(env, 'tips.downloadAttachment', { id: att.id }, o.clerk)).dataBase64, 'base64')).toEqual(legacy);
    // A stored file changed on disk is refused, not handed out.
    const changed = Buffer.from(stored);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    writeFileSync(place, changed);
    expect(await send(env, 'tips.downloadAttachment', { id: att.id }, o.clerk)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
