// The dispatcher owns every operation's transaction and audit (electron/services/kernel/runner.ts):
// a write that appends no audit entry is rolled back and answers INTERNAL; a read cannot change
// a row; an audited read may change its audit entries only; `prepare` runs before the
// transaction, `finish` after the commit, and `refused` in a transaction of its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from '../../shared/kernel/zod.ts';
import { auditedRead, out, read, write } from '../../shared/kernel/contract.ts';
import { AppError } from '../../shared/kernel/errors.ts';
import { insertUnit } from '../../db/repos/registry/units.ts';
import { audit, type Call } from '../../electron/services/kernel/context.ts';
import { ContractBreach, runOperation } from '../../electron/services/kernel/runner.ts';
import { steps } from '../../electron/services/kernel/handler.ts';
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
    loadDemo: () => undefined,
    homeFigures: () => ({}),
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
