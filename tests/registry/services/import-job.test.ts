// The imports as jobs the page follows (jobs.start → jobs.progress): the same operation, refusals
// and audit as a direct call; the job says which step it is in and how many rows are done; while
// it holds the store, other calls wait for it (never seeing rows not yet committed) but a page
// can still ask how far it is; a refused file writes nothing and says why.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eachWithAdmin, ok, send, userWithRole, type TestEnv } from '../../helpers/services.ts';
import type { OpOutput } from '../../../shared/api.ts';
import type { JobStatus } from '../../../shared/kernel/jobs.ts';

type UploadFile = { fileName: string; dataBase64: string };

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗');
const GIVEN = Array.from('明华国建军平志伟强敏静丽芳娟勇杰涛超秀英');

/** A unit and `n` people in it with distinct names (three characters each). */
async function roster(n: number, unitName: string): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员名册');
  ws.addRow(['姓名', '所在单位', '职务', '职级', '是否中共党员', '身份类别']);
  for (let i = 0; i < n; i++) {
    const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 20]}${GIVEN[Math.floor(i / 400) % 20]}`;
    ws.addRow([name, unitName, '科员', '科员及以下', i % 2 ? '是' : '否', '一般干部']);
  }
  return { fileName: '人员名册.xlsx', dataBase64: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64') };
}

/** Asks how far the job is until it ends; every status seen, the last one first. */
async function follow(env: TestEnv, session: string, jobId: string): Promise<Array<JobStatus<unknown>>> {
  const seen: Array<JobStatus<unknown>> = [];
  for (;;) {
    const status = await ok(env, 'jobs.progress', { jobId }, session);
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const peopleCount = (env: TestEnv) => (env.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;

let env: TestEnv;
let admin: string;
eachWithAdmin((e, a) => {
  env = e;
  admin = a;
  // Every step is let out to the page (25 ms of work at a time may be the whole check on a fast machine).
  env.ctx.jobSliceMs = 0;
});

async function unit(name: string): Promise<number> {
  return (await ok(env, 'units.create', { name, type: '机关部门', parentId: null, headcount: null, leaderName: '' }, admin)).id;
}

describe('an import as a job', () => {
  it('checks and writes 2,000 rows in steps the page sees, and answers what a direct call answers', async () => {
    await unit('县档案馆');
    const file = await roster(2000, '县档案馆');
    const { jobId } = await ok(env, 'jobs.start', { op: 'people.importPreview', input: file }, admin);
    const previewSteps = await follow(env, admin, jobId);
    const last = previewSteps.at(-1);
    if (last?.state !== 'done') throw new Error(`preview ended ${JSON.stringify(last)}`);
    const preview = last.result as OpOutput<'people.importPreview'>;
    expect(preview.counts).toEqual({ created: 2000, updated: 0, unchanged: 0 });
    expect(preview).toEqual(await ok(env, 'people.importPreview', file, admin));
    const checking = previewSteps.filter((s) => s.state === 'running' && s.phase === '逐行检查');
    expect(checking.length).toBeGreaterThan(1);
    expect(checking.every((s) => s.total === 2000)).toBe(true);
    // How far only grows.
    const done = checking.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));

    const started = await ok(env, 'jobs.start', { op: 'people.importCommit', input: { ...file, markMissingLeft: false } }, admin);
    const commitSteps = await follow(env, admin, started.jobId);
    const end = commitSteps.at(-1);
    if (end?.state !== 'done') throw new Error(`commit ended ${JSON.stringify(end)}`);
    expect(end.result).toEqual({ created: 2000, updated: 0, unchanged: 0, markedLeft: 0 });
    expect(commitSteps.some((s) => s.state === 'running' && s.phase === '写入名册' && s.done > 0 && s.total === 2000)).toBe(true);
    expect(peopleCount(env)).toBe(2000);
    const audited = env.db.prepare("SELECT summary FROM audit WHERE op = 'people.importCommit' AND entity_id IS NULL").all() as Array<{ summary: string }>;
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.summary ?? '{}')).toMatchObject({ import: '人员名册.xlsx', created: 2000 });
    // Handed over once, then forgotten.
    expect((await send(env, 'jobs.progress', { jobId: started.jobId }, admin)).ok).toBe(false);
  });

  it('holds the store while it writes: a list asked meanwhile waits and sees all or nothing, while its progress is still answered', async () => {
    await unit('县档案馆');
    const file = await roster(3000, '县档案馆');
    const { jobId } = await ok(env, 'jobs.start', { op: 'people.importCommit', input: { ...file, markMissingLeft: false } }, admin);
    // Wait until it is writing, with rows written but not committed.
    for (;;) {
      const s = await ok(env, 'jobs.progress', { jobId }, admin);
      if (s.state !== 'running') throw new Error(`the job ended before it was seen writing: ${JSON.stringify(s)}`);
      if (s.phase === '写入名册' && s.done > 0) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const listed = ok(env, 'people.list', { pageSize: 1 }, admin);
    const created = ok(env, 'units.create', { name: '县方志办', type: '机关部门', parentId: null, headcount: null, leaderName: '' }, admin);
    // Still answered while the job holds the store.
    const meanwhile = await ok(env, 'jobs.progress', { jobId }, admin);
    expect(meanwhile.state).toBe('running');
    expect(env.ctx.gate.queued).toBe(2);
    const list = await listed;
    expect(list.total).toBe(3000);
    await created;
    const end = (await follow(env, admin, jobId)).at(-1);
    expect(end?.state).toBe('done');
    // The unit written after the job is its own transaction: still there.
    expect((await ok(env, 'units.list', { q: '县方志办', pageSize: 5 }, admin)).total).toBe(1);
  });

  it('a file with a bad row fails the job with the message a direct call gives, and writes nothing', async () => {
    await unit('县档案馆');
    const file = await roster(500, '县档案馆');
    const bad = await roster(500, '县不存在的单位');
    const direct = await send(env, 'people.importCommit', { ...bad, markMissingLeft: false }, admin);
    if (direct.ok) throw new Error('expected a refusal');
    const { jobId } = await ok(env, 'jobs.start', { op: 'people.importCommit', input: { ...bad, markMissingLeft: false } }, admin);
    const end = (await follow(env, admin, jobId)).at(-1);
    expect(end).toMatchObject({ state: 'failed', code: 'VALIDATION', error: direct.error.message });
    expect(peopleCount(env)).toBe(0);
    // The good file after it goes through.
    const again = await ok(env, 'jobs.start', { op: 'people.importCommit', input: { ...file, markMissingLeft: false } }, admin);
    expect((await follow(env, admin, again.jobId)).at(-1)?.state).toBe('done');
    expect(peopleCount(env)).toBe(500);
  });

  it('is refused at once: an operation that is no job, a role the operation refuses, an input it refuses; another person\'s job is not found', async () => {
    const file = await roster(10, '县档案馆');
    const notJob = await send(env, 'jobs.start', { op: 'units.create', input: { name: '甲', type: '机关部门', parentId: null, headcount: null, leaderName: '' } }, admin);
    expect(notJob).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '该操作不能作为后台任务运行。' } });
    const unknown = await send(env, 'jobs.start', { op: 'people.nothing', input: {} }, admin);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const reader = await userWithRole(env, '只读', 'reader');
    const forbidden = await send(env, 'jobs.start', { op: 'people.importCommit', input: { ...file, markMissingLeft: false } }, reader);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const invalid = await send(env, 'jobs.start', { op: 'people.importCommit', input: { fileName: '名册.xlsx' } }, admin);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const { jobId } = await ok(env, 'jobs.start', { op: 'people.importPreview', input: file }, admin);
    const other = await userWithRole(env, '系统管理员', 'admin2');
    expect(await send(env, 'jobs.progress', { jobId }, other)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send(env, 'jobs.progress', { jobId }, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await follow(env, admin, jobId)).at(-1)?.state).toBe('done');
  });
});
