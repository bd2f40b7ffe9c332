// Decisions made elsewhere through the dispatcher: one discipline event (source 外部决定) with the
// person's unit and 身份类别 as they are at entry, listed in 人员管理 → 处理记录 with its 文号; the
// grade rules; the conduct date; the scan stored and its download audited; rights by role.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/kernel/errors.ts';
import type { OpInput } from '../../../shared/api.ts';
import { ok, send } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { PDF } from '../../interviews/services/recordsKit.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';

const t = indexEachTest();

function refusal(r: ApiResponse<unknown>): { code: string; message: string } {
  if (r.ok) throw new Error('expected a refusal');
  return { code: r.error.code, message: r.error.message };
}

const decision = (personId: number, over: Partial<OpInput<'integrity.addDecision'>> = {}): OpInput<'integrity.addDecision'> => ({
  body: '案件审理', documentNumber: '临纪审〔2026〕12号', decidedDate: `${INDEX_YEAR}-06-18`, personId, outcome: '党纪处分',
  grade: '警告', circumstance: '一般', conductDate: `${INDEX_YEAR - 1}-09`, summary: '违规收受礼金', ...over,
});

describe('integrity decisions', () => {
  it('makes one event of source 外部决定 that 处理记录 lists with the document number', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addDecision', decision(o.chiefId), o.manager);
    expect(row).toMatchObject({
      body: '案件审理', documentNumber: '临纪审〔2026〕12号', personId: o.chiefId, unitId: o.villageId, category: '主要负责人',
      outcome: '党纪处分', grade: '警告', conductDate: `${INDEX_YEAR - 1}-09`, files: [],
    });
    const event = env.db.prepare('SELECT source_kind AS kind, source_id AS sourceId, unit_id AS unitId, category, decided_date AS decided FROM discipline_events WHERE id = ?').get(row.eventId);
    expect(event).toEqual({ kind: '外部决定', sourceId: row.id, unitId: o.villageId, category: '主要负责人', decided: `${INDEX_YEAR}-06-18` });
    const events = await ok(env, 'interviews.personEvents', { personId: o.chiefId }, o.checker);
    expect(events).toContainEqual(expect.objectContaining({ id: row.eventId, sourceKind: '外部决定', sourceId: row.id, sourceNumber: '临纪审〔2026〕12号', outcome: '党纪处分' }));
    // A second decision gets the next id and its own event.
    const second = await ok(env, 'integrity.addDecision', decision(o.staffId, { outcome: '通报批评', grade: '', conductDate: '', documentNumber: '临纪〔2026〕3号', summary: '工作失职' }), o.checker);
    expect(second.id).toBe(row.id + 1);
    expect(second).toMatchObject({ outcome: '通报批评', conductDate: null });
    expect((await ok(env, 'integrity.decisions', { year: INDEX_YEAR, q: '礼金' }, o.readonly)).rows.map((r) => r.id)).toEqual([row.id]);
    expect((await ok(env, 'integrity.decisions', { id: second.id }, o.leader)).rows.map((r) => r.documentNumber)).toEqual(['临纪〔2026〕3号']);
  });

  it('asks a grade of 党纪处分 and 政务处分 from their lists, and none of the other outcomes', async () => {
    const { env, o } = t;
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { grade: '' }), o.manager)).message).toContain('警告、严重警告、撤销党内职务、留党察看、开除党籍');
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { outcome: '政务处分', grade: '留党察看' }), o.manager)).message).toContain('记大过');
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { outcome: '效能问责', grade: '警告' }), o.manager)).message).toContain('没有处分档次');
    await ok(env, 'integrity.addDecision', decision(o.staffId, { outcome: '刑事责任', grade: '', body: '司法机关' }), o.manager);
    await ok(env, 'integrity.addDecision', decision(o.staffId, { outcome: '政务处分', grade: '记大过' }), o.manager);
  });

  it('refuses a conduct date after the decision or malformed, and a decision dated after today', async () => {
    const { env, o } = t;
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { conductDate: `${INDEX_YEAR}-07` }), o.manager)).message).toContain('不能晚于决定日期');
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { conductDate: '2025-13' }), o.manager)).message).toContain('行为发生时间应为');
    expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId, { decidedDate: testDay(1), conductDate: '' }), o.manager)).message).toContain('不能晚于今天');
    expect(env.db.prepare("SELECT count(*) AS n FROM discipline_events WHERE source_kind = '外部决定'").get()).toEqual({ n: 0 });
  });

  it('stores the scan, audits its download and refuses it to a role without the right', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addDecision', { ...decision(o.staffId), file: { fileName: '决定书.pdf', dataBase64: PDF.toString('base64') } }, o.manager);
    const [file] = row.files;
    if (!file) throw new Error('the scan should be listed');
    expect(file).toMatchObject({ fileName: '决定书.pdf', size: PDF.length });
    const back = await ok(env, 'integrity.decisionFile', { fileId: file.id }, o.readonly);
    expect(Buffer.from(back.dataBase64, 'base64').equals(PDF)).toBe(true);
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'integrity.decisionFile'").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ fileName: '决定书.pdf', sha256: createHash('sha256').update(PDF).digest('hex') });
    expect(refusal(await send(env, 'integrity.decisionFile', { fileId: file.id }, o.admin)).code).toBe('FORBIDDEN');
    // Not a scan: refused, nothing written.
    const docx = { fileName: '决定书.docx', dataBase64: Buffer.from('PK\u0003\u0004').toString('base64') };
    expect(refusal(await send(env, 'integrity.addDecision', { ...decision(o.staffId), file: docx }, o.manager)).message).toContain('PDF、JPG 或 PNG');
    expect(env.db.prepare('SELECT count(*) AS n FROM index_decisions').get()).toEqual({ n: 1 });
  });

  it('lets 信访室, 领导 and 只读 read but not enter', async () => {
    const { env, o } = t;
    for (const who of [o.clerk, o.leader, o.readonly]) {
      expect(refusal(await send(env, 'integrity.addDecision', decision(o.staffId), who)).code).toBe('FORBIDDEN');
      await ok(env, 'integrity.decisions', {}, who);
    }
  });
});
