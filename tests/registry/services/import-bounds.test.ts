// Imports bounded (issue 10 §8): an uploaded workbook is measured as it is inflated before
// exceljs sees it (a zip bomb is refused in a moment, writing nothing), and read in a worker
// thread, so while a 20,000-row roster is read the serving process answers every other call.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eachWithAdmin, fingerprint, ok, send, type TestEnv } from '../../helpers/services.ts';
import { repeatedRows } from '../../helpers/xlsxZip.ts';
import { refused } from './unitImportFiles.ts';

let env: TestEnv;
let admin: string;
eachWithAdmin((e, a) => {
  env = e;
  admin = a;
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** 500 MB of sheet XML (the same row again and again) in a file of about 3 MB. */
function bomb(): { fileName: string; dataBase64: string } {
  const data = repeatedRows(['姓名', '所在单位'], ['张三', '县档案馆'], 6_000_000);
  return { fileName: '人员名册.xlsx', dataBase64: data.toString('base64') };
}

describe('a zip bomb', () => {
  it('is refused in a moment with the row limit, directly and as a job, writing nothing', async () => {
    const file = bomb();
    const before = fingerprint(env.db);
    const start = performance.now();
    const direct = refused(await send(env, 'people.importPreview', file, admin));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(direct).toEqual({ code: 'VALIDATION', message: '数据超过 20000 行的上限，请把表格拆分成多个文件后分批导入。' });
    const { jobId } = await ok(env, 'jobs.start', { op: 'units.importCommit', input: file }, admin);
    let status = await ok(env, 'jobs.progress', { jobId }, admin);
    while (status.state === 'running') {
      await sleep(10);
      status = await ok(env, 'jobs.progress', { jobId }, admin);
    }
    expect(status).toMatchObject({ state: 'failed', code: 'VALIDATION', error: direct.message });
    expect(fingerprint(env.db)).toBe(before);
  });
});

/**
 * `n` people of a unit, built in a function of its own so that the test does not keep exceljs's
 * workbook: collecting it would pause the serving thread in the middle of what is timed.
 */
async function roster(n: number, unitName: string): Promise<{ fileName: string; dataBase64: string }> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员名册');
  ws.addRow(['姓名', '所在单位', '职务', '职级', '是否中共党员', '身份类别']);
  const given = Array.from('明华国建军平志伟强敏静丽芳娟勇杰涛超秀英');
  for (let i = 0; i < n; i++) ws.addRow([`王${given[i % 20]}${given[Math.floor(i / 20) % 20]}${given[Math.floor(i / 400) % 20]}`, unitName, '科员', '科员及以下', '是', '一般干部']);
  return { fileName: '人员名册.xlsx', dataBase64: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64') };
}

describe('while a 20,000-row roster is read', () => {
  it('other calls are answered, each within 200 ms', async () => {
    await ok(env, 'units.create', { name: '县档案馆', type: '机关部门', parentId: null, headcount: null, leaderName: '' }, admin);
    const file = await roster(20_000, '县档案馆');

    // As the page runs it: a job, asked how far it is. Meanwhile another window asks for its
    // status. Each answer is timed from when it was due, so a thread held by the import counts.
    const { jobId } = await ok(env, 'jobs.start', { op: 'people.importPreview', input: file }, admin);
    let phase = '读取文件';
    let running = true;
    const progressWaits: number[] = [];
    const statusWaits: number[] = [];
    const followJob = async () => {
      while (running) {
        const due = performance.now() + 10;
        await sleep(10);
        const status = await ok(env, 'jobs.progress', { jobId }, admin);
        progressWaits.push(performance.now() - due);
        running = status.state === 'running';
        phase = status.phase;
        if (status.state === 'failed') throw new Error(status.error);
      }
    };
    // auth.status reads the store, which the job holds (by design) once it checks the rows:
    // asked only while the file is read, and counted only if the read was still going on.
    const askStatus = async () => {
      while (running && phase === '读取文件') {
        const due = performance.now() + 10;
        await sleep(10);
        await ok(env, 'auth.status', {}, null);
        if (running && phase === '读取文件') statusWaits.push(performance.now() - due);
      }
    };
    await Promise.all([followJob(), askStatus()]);

    // Loaded on the serving thread, the read held every call for about a second; in the worker
    // a call waits a few ms. 200 ms is the bound, loose enough for a busy machine.
    expect(statusWaits.length).toBeGreaterThan(10);
    expect(Math.max(...statusWaits)).toBeLessThan(200);
    expect(Math.max(...progressWaits)).toBeLessThan(200);
  });
});
