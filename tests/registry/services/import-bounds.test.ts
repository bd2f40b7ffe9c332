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
    // About 30 ms here; loose, for a busy machine.
    expect(performance.now() - start).toBeLessThan(10_000);
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
 * `n` people of a unit as an office keeps them: the six columns the import reads and fourteen
 * it does not (exceljs loads those too). Built in a function of its own so that the test does not
 * keep exceljs's workbook: collecting it would pause the serving thread in what is timed.
 */
async function roster(n: number, unitName: string): Promise<{ fileName: string; dataBase64: string }> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员名册');
  const extra = Array.from({ length: 14 }, (_, i) => `备注${i + 1}`);
  ws.addRow(['姓名', '所在单位', '职务', '职级', '是否中共党员', '身份类别', ...extra]);
  const given = Array.from('明华国建军平志伟强敏静丽芳娟勇杰涛超秀英');
  for (let i = 0; i < n; i++) {
    const name = `王${given[i % 20]}${given[Math.floor(i / 20) % 20]}${given[Math.floor(i / 400) % 20]}`;
    ws.addRow([name, unitName, '科员', '科员及以下', '是', '一般干部', ...extra.map((e) => `${e}：${i}`)]);
  }
  return { fileName: '人员名册.xlsx', dataBase64: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64') };
}

/** The CPU time the serving thread (the test's own: dispatch runs on it) has used, in ms. */
function threadCpuMs(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}

interface Wait {
  /** From when the call was due to its answer. */
  ms: number;
  /** The serving thread's CPU time in that span: what held the call there, not the machine. */
  cpuMs: number;
}

/**
 * The preview as the page runs it (a job), asked how far it is every 10 ms, while another
 * window asks for its status every 10 ms; each answer timed from when it was due, so a thread
 * held by the import counts. auth.status reads the store, which the job holds once it checks
 * the rows (by design): counted only while the file is still being read.
 */
async function previewWhileAsked(file: { fileName: string; dataBase64: string }): Promise<{ status: Wait[]; progress: Wait[] }> {
  const { jobId } = await ok(env, 'jobs.start', { op: 'people.importPreview', input: file }, admin);
  let phase = '读取文件';
  let running = true;
  const waits = { status: [] as Wait[], progress: [] as Wait[] };
  const timed = async (ask: () => Promise<unknown>, counted: () => boolean, into: Wait[]) => {
    const cpu = threadCpuMs();
    const due = performance.now() + 10;
    await sleep(10);
    await ask();
    if (counted()) into.push({ ms: performance.now() - due, cpuMs: threadCpuMs() - cpu });
  };
  const followJob = async () => {
    while (running) {
      await timed(async () => {
        const status = await ok(env, 'jobs.progress', { jobId }, admin);
        if (status.state === 'failed') throw new Error(status.error);
        running = status.state === 'running';
        phase = status.phase;
      }, () => true, waits.progress);
    }
  };
  const askStatus = async () => {
    while (running && phase === '读取文件') {
      await timed(() => ok(env, 'auth.status', {}, null), () => running && phase === '读取文件', waits.status);
    }
  };
  await Promise.all([followJob(), askStatus()]);
  return waits;
}

const slowest = (waits: Wait[], key: keyof Wait) => Math.max(...waits.map((w) => w[key]));

describe('while a 20,000-row roster is read', () => {
  it('other calls are answered, each within 200 ms', { timeout: 180_000 }, async () => {
    await ok(env, 'units.create', { name: '县档案馆', type: '机关部门', parentId: null, headcount: null, leaderName: '' }, admin);
    const file = await roster(20_000, '县档案馆');
    // What the serving thread does while a call waits is measured by its CPU time, which a busy
    // machine does not inflate: read there, exceljs held a call for 430 ms of its own work (the
    // jobs' progress 530 ms); in the worker, 5 ms (the progress 55: rows handed over, checked).
    // The time on the clock also counts the machine's other work (two cores shared with browsers
    // and servers: up to 400 ms), so it is not asserted here: `npm run bench` prints it.
    const waits = await previewWhileAsked(file);
    expect(waits.status.length).toBeGreaterThan(3);
    expect(slowest(waits.status, 'cpuMs')).toBeLessThan(200);
    expect(slowest(waits.progress, 'cpuMs')).toBeLessThan(200);
  });
});
