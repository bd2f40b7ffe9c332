// A talk's or letter's files: checked and stored as a tip's attachments are, listed on its page
// with their kind, each upload and each download audited; a file that is not what it says is refused.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { WRITTEN_FOR } from '../../helpers/tips.ts';
import { interviewEachTest } from './office.ts';
import { PDF, auditOf, letterInput, refused } from './recordsKit.ts';

const t = interviewEachTest(WRITTEN_FOR);

describe('files', () => {
  it('an upload: listed with its kind, a history line, the version moved, one audit entry; the download gives the same bytes, audited', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', letterInput(o), o.clerk);
    const a = await ok(env, 'interviews.addFile', { id: d.id, kind: '答复材料', file: { fileName: '答复.pdf', dataBase64: PDF.toString('base64') } }, o.clerk);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(a.files).toMatchObject([{ kind: '答复材料', fileName: '答复.pdf', size: PDF.length, sha256, byName: '测试信访室' }]);
    expect(a.version).toBe(d.version + 1);
    expect(a.history.at(-1)).toMatchObject({ action: '上传材料', text: '答复材料：答复.pdf' });
    expect(JSON.parse(auditOf(env, 'interviews.addFile')[0]!.summary)).toMatchObject({ number: d.number, fileKind: '答复材料', fileName: '答复.pdf', sha256 });
    const file = await ok(env, 'interviews.downloadFile', { id: a.files[0]!.id }, o.handler);
    expect(Buffer.from(file.dataBase64, 'base64').equals(PDF)).toBe(true);
    expect(JSON.parse(auditOf(env, 'interviews.downloadFile')[0]!.summary)).toMatchObject({ number: d.number, fileName: '答复.pdf', access: '下载' });
  });

  it('a file that is not what its name says, or of a kind not listed, is refused and nothing is stored', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', letterInput(o), o.clerk);
    await refused(env, 'interviews.addFile', { id: d.id, kind: '答复材料', file: { fileName: '答复.pdf', dataBase64: Buffer.from('MZ not a pdf').toString('base64') } }, o.clerk, 'VALIDATION');
    await refused(env, 'interviews.addFile', { id: d.id, kind: '照片', file: { fileName: '答复.pdf', dataBase64: PDF.toString('base64') } }, o.clerk, 'VALIDATION', /材料类别/);
    await refused(env, 'interviews.addFile', { id: 9999, kind: '答复材料', file: { fileName: '答复.pdf', dataBase64: PDF.toString('base64') } }, o.clerk, 'NOT_FOUND');
  });
});
