// The dispatcher owns every operation's transaction and audit (electron/services/kernel/runner.ts):
// a write that appends no audit entry is rolled back and answers INTERNAL; a read cannot change
// a row; an audited read may change its audit entries only; `prepare` runs before the
// transaction, `finish` after the commit, and `refused` in a transaction of its own; a step that
// reports its progress, run as a job, keeps its transaction open across pauses behind the gate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from '../../shared/kernel/zod.ts';
import { auditedRead, out, read, write } from '../../shared/kernel/contract.ts';
import { AppError } from '../../shared/kernel/errors.ts';
import { insertUnit } from '../../db/repos/registry/units.ts';
import { audit, type Call } from '../../electron/services/kernel/context.ts';
import { ContractBreach, runOperation } from '../../electron/services/kernel/runner.ts';
import { jobSteps, steps } from '../../electron/services/kernel/handler.ts';
import type { JobProgress } from '../../shared/kernel/jobs.ts';
import { modules } from '../../electron/services/modules.ts';
import { fingerprint, makeEnv, type TestEnv } from '../helpers/services.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

const input = z.strictObject({ name: z.string().default('测试单位') });
const asWrite = write('测试写入', input, 'session', out<number>());
const asRead = read('测试查询', input, 'session', out<number>());
const asAuditedRead = auditedRead('测试导出', input, 'session', out<number>());

function call(): Call {
  return {
    ctx: env.ctx, op: 'units.create', caller: { kind: 'local', actor: '（测试）' }, sessionToken: null, now: env.clock.now(),
    timeZone: 'Asia/Shanghai', audited: { entries: 0, changes: 0 }, subjects: modules.auditSubjects,
    loadDemo: () => [],
    homeFigures: () => ({}),
    startJob: () => {
      throw new Error('no jobs here');
    },
    runAs: () => {
      throw new Error('no other operations here');
    },
  };
}

const addUnit = (c: Call, name: string) =>
  insertUnit(c.ctx.db, { name, type: '机关部门', parentId: null, headcount: null, leaderName: '' }, c.now.toISOString());
const units = () => (env.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;

describe('the dispatcher owns the transaction', () => {
  it('commits a write with its audit entry', async () => {
    const id = await runOperation(call(), asWrite, (c: Call, i: { name: string }) => {
      const unit = addUnit(c, i.name);
      audit(c, 'unit', unit, i.name, { name: i.name });
      return unit;
    }, {});
    expect(id).toBe(1);
    expect(units()).toBe(1);
  });

  it('rolls back a write that appends no audit entry, and answers INTERNAL', async () => {
    const before = fingerprint(env.db);
    await expect(runOperation(call(), asWrite, (c: Call, i: { name: string }) => addUnit(c, i.name), {})).rejects.toThrow(ContractBreach);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses a read that writes, and keeps nothing of it', async () => {
    const before = fingerprint(env.db);
    await expect(runOperation(call(), asRead, (c: Call, i: { name: string }) => addUnit(c, i.name), {})).rejects.toThrow(/is a read but changed \d+ row/);
    expect(fingerprint(env.db)).toBe(before);
    // An audit entry is a write too, for a read that does not declare it.
    await expect(runOperation(call(), asRead, (c: Call) => audit(c, 'export', null, null, {}), {})).rejects.toThrow(ContractBreach);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('lets an audited read write its audit entries, and nothing else', async () => {
    await runOperation(call(), asAuditedRead, (c: Call) => {
      audit(c, 'export', null, '单位名册', { list: '单位名册', rows: 0 });
      return 0;
    }, {});
    expect((env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'export'").get() as { n: number }).n).toBe(1);
    const before = fingerprint(env.db);
    await expect(
      runOperation(call(), asAuditedRead, (c: Call, i: { name: string }) => {
        audit(c, 'export', null, '单位名册', { list: '单位名册', rows: 0 });
        return addUnit(c, i.name);
      }, {}),
    ).rejects.toThrow(ContractBreach);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('runs prepare before, finish after the commit, and the refusal hook in its own transaction', async () => {
    const seen: string[] = [];
    const ok = steps<'units.create', string, number>({
      prepare: async (_c, i) => {
        seen.push(`prepare (units: ${units()})`);
        return `${i.name}（已核对）`;
      },
      run: (c, _i, name) => {
        seen.push('run');
        const unit = addUnit(c, name);
        audit(c, 'unit', unit, name, { name });
        return unit;
      },
      finish: (_c, id) => {
        seen.push(`finish (units: ${units()})`);
        return id as never;
      },
    });
    await runOperation(call(), asWrite, ok, {});
    expect(seen).toEqual(['prepare (units: 0)', 'run', 'finish (units: 1)']);

    const refusing = steps<'units.create', string, number>({
      prepare: () => '甲',
      run: (c, _i, name) => {
        addUnit(c, name);
        throw new AppError('CONFLICT', '不能这样做');
      },
      refused: (c, _i, error) => audit(c, 'unit', null, null, { result: error.message }),
    });
    await expect(runOperation(call(), asWrite, refusing, {})).rejects.toThrow('不能这样做');
    expect(units()).toBe(1);
    const last = env.db.prepare('SELECT summary FROM audit ORDER BY id DESC LIMIT 1').get() as { summary: string };
    expect(JSON.parse(last.summary)).toEqual({ result: '不能这样做' });
  });

  it('validates the input before anything runs', async () => {
    let ran = false;
    await expect(runOperation(call(), asWrite, () => (ran = true), { name: 5 })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(ran).toBe(false);
  });
});

describe('a step that reports its progress, run as a job', () => {
  /** Writes three units, saying so after each, then does what `end` says. */
  const threeUnits = (end: 'audit' | 'throw' | 'no audit', prefix = '') =>
    jobSteps<'units.create', undefined, number>({
      *work(c) {
        for (let i = 1; i <= 3; i++) {
          addUnit(c, `${prefix}单位${i}`);
          yield { phase: '写入', done: i, total: 3 };
        }
        if (end === 'throw') throw new AppError('CONFLICT', '第3个单位之后出错');
        if (end === 'audit') audit(c, 'unit', null, null, { created: 3 });
        return 3;
      },
    });

  it('reports each step and commits once at the end; called directly, the same step runs at once', async () => {
    const seen: JobProgress[] = [];
    await runOperation(call(), asWrite, threeUnits('audit'), {}, (p) => seen.push({ phase: p.phase ?? '', done: p.done ?? -1, total: p.total ?? -1 }));
    expect(seen).toEqual([1, 2, 3].map((done) => ({ phase: '写入', done, total: 3 })));
    expect(units()).toBe(3);
    expect(await runOperation(call(), asWrite, threeUnits('audit', '又一'), {})).toBe(3);
    expect(units()).toBe(6);
  });

  it('keeps nothing of a step that fails after writing, or that appends no audit entry', async () => {
    const before = fingerprint(env.db);
    await expect(runOperation(call(), asWrite, threeUnits('throw'), {}, () => undefined)).rejects.toThrow('第3个单位之后出错');
    expect(fingerprint(env.db)).toBe(before);
    await expect(runOperation(call(), asWrite, threeUnits('no audit'), {}, () => undefined)).rejects.toThrow(ContractBreach);
    expect(fingerprint(env.db)).toBe(before);
    expect(env.db.inTransaction).toBe(false);
  });

  it('holds the gate across its pauses: another transaction starts only after it ends', async () => {
    const order: string[] = [];
    const slow = jobSteps<'units.create', undefined, number>({
      *work(c) {
        addUnit(c, '甲');
        order.push('job wrote');
        // Work longer than one slice, so that the runner pauses after this step with the
        // transaction open (the other call's turn, were it not for the gate).
        const start = performance.now();
        while (performance.now() - start < 40);
        yield { phase: '写入', done: 1, total: 2 };
        order.push('job resumed');
        audit(c, 'unit', null, null, { created: 1 });
        return 1;
      },
    });
    const job = runOperation(call(), asWrite, slow, {}, () => undefined);
    const other = runOperation(call(), asRead, () => {
      order.push(`other read ${units()} units`);
      return 0;
    }, {});
    await Promise.all([job, other]);
    expect(order).toEqual(['job wrote', 'job resumed', 'other read 1 units']);
  });
});
