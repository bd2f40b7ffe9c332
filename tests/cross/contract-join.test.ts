// The contract and the modules are joined from the domains' pieces, and joining refuses what
// would otherwise be decided silently by order: an operation or handler given twice, a missing
// handler, an audit entity or a domain joined twice.
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/kernel/zod.ts';
import { contractPiece, joinContract, out, read, write } from '../../shared/kernel/contract.ts';
import { OP_NAMES, api, contract, fieldLabel, opLabel } from '../../shared/api.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/index.ts';
import { coreSettings } from '../../shared/core/index.ts';
import { tipSettings } from '../../shared/tips/index.ts';
import { backupSettings } from '../../shared/backup/index.ts';
import { documentSettings } from '../../shared/documents/index.ts';
import { rectSettings } from '../../shared/rectification/index.ts';
import { interviewSettings } from '../../shared/interviews/index.ts';
import { consequenceSettings } from '../../shared/consequences/index.ts';
import { joinHandlers, joinModules } from '../../electron/services/kernel/module.ts';
import { modules } from '../../electron/services/modules.ts';
import { coreModule } from '../../electron/services/core/module.ts';
import { registryModule } from '../../electron/services/registry/module.ts';
import { tipsModule } from '../../electron/services/tips/module.ts';
import { settingsModule } from '../../electron/services/settings/module.ts';
import { backupModule } from '../../electron/services/backup/module.ts';
import { documentsModule } from '../../electron/services/documents/module.ts';
import { rectificationModule } from '../../electron/services/rectification/module.ts';
import { interviewsModule } from '../../electron/services/interviews/module.ts';
import { integrityModule } from '../../electron/services/integrity/module.ts';
import { consequencesModule } from '../../electron/services/consequences/module.ts';
import { tipFlowHandlers } from '../../electron/services/tips/flow.ts';
import { tipViewHandlers } from '../../electron/services/tips/view.ts';

const empty = z.strictObject({});
const pieceA = contractPiece({ domain: 'a', ops: { 'a.get': read('查看甲', empty, 'session', out<null>()) }, entities: { a: '甲' }, fields: { x: '字段' } });

describe('joining the contract', () => {
  it('refuses an operation declared by two domains', () => {
    const pieceB = contractPiece({ domain: 'b', ops: { 'a.get': write('另一个', empty, 'session', out<null>()) }, entities: {}, fields: {} });
    expect(() => joinContract([pieceA, pieceB])).toThrow("operation 'a.get' is declared twice: by a and by b");
  });

  it('refuses an audit entity declared twice, and a domain joined twice', () => {
    const pieceC = contractPiece({ domain: 'c', ops: {}, entities: { a: '另一个甲' }, fields: {} });
    expect(() => joinContract([pieceA, pieceC])).toThrow("audit entity 'a' is declared twice");
    expect(() => joinContract([pieceA, pieceA])).toThrow(/declared twice|joined twice/);
  });

  it('joins the real pieces: every operation once, each with a Chinese label', () => {
    expect(Object.keys(api)).toEqual(OP_NAMES);
    for (const op of OP_NAMES) {
      expect(opLabel(op), op).toMatch(/[\u4e00-\u9fff]/);
      expect(contract.domainOf[op], op).toBeDefined();
    }
  });

  it('joins the settings every domain declares, with their labels for the audit log', () => {
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual([...Object.keys(coreSettings), ...Object.keys(tipSettings), ...Object.keys(backupSettings), ...Object.keys(documentSettings), ...Object.keys(rectSettings), ...Object.keys(interviewSettings), ...Object.keys(consequenceSettings)]);
    expect(DEFAULT_SETTINGS).toMatchObject({ idleLockMinutes: 15, officeTimeZone: 'Asia/Shanghai', approvalWorkdays: 3, feedbackWorkdays: 15 });
    expect(fieldLabel('settings.update', 'feedbackWorkdays')).toBe('反馈时限（工作日）');
    expect(fieldLabel('settings.update', 'idleLockMinutes')).toBe('自动锁定时间（分钟）');
    expect(DEFAULT_SETTINGS).toMatchObject({ noticeNumberFormat: '{简称}发〔{年}〕{号}号', warningNumberFormat: '{简称}预告〔{年}〕{号}号', warningDeadlineDays: 30 });
    expect(fieldLabel('settings.update', 'warningDeadlineDays')).toBe('预警告知书默认整改期限（天）');
    expect(DEFAULT_SETTINGS).toMatchObject({ inquiryNumberFormat: '{简称}函〔{年}〕{号}号', entrustNumberFormat: '{简称}委谈〔{年}〕{号}号', talkNoticeNumberFormat: '{简称}谈〔{年}〕{号}号' });
    expect(fieldLabel('settings.update', 'talkNoticeNumberFormat')).toBe('谈话通知文号格式');
    expect(DEFAULT_SETTINGS).toMatchObject({ adviceNumberFormat: '{简称}预建〔{年}〕{号}号' });
    expect(fieldLabel('settings.update', 'adviceNumberFormat')).toBe('预警建议书的文号格式');
  });

  it('labels a summary field by the domain of the entry, then by core', () => {
    expect(fieldLabel('units.update', 'status')).toBe('状态');
    expect(fieldLabel('tips.list', 'status')).toBe('办理状态');
    expect(fieldLabel('tips.export', 'filters')).toBe('筛选条件');
    expect(fieldLabel('tips.export', 'no-such-key')).toBeNull();
  });
});

describe('joining the modules', () => {
  it('refuses a handler given by two groups of one domain', () => {
    expect(() => joinHandlers('tips', tipFlowHandlers, { 'tips.archive': tipFlowHandlers['tips.archive'] })).toThrow("tips: the operation 'tips.archive' has two handlers");
    expect(() => joinHandlers('tips', tipFlowHandlers, tipViewHandlers)).not.toThrow();
  });

  it('refuses an operation handled by two modules, and a module joined twice', () => {
    const thief = { domain: 'thief', handlers: { 'tips.archive': tipFlowHandlers['tips.archive'] } };
    expect(() => joinModules([coreModule, registryModule, tipsModule, settingsModule, backupModule, documentsModule, rectificationModule, interviewsModule, integrityModule, consequencesModule, thief] as const, OP_NAMES)).toThrow(
      "the operation 'tips.archive' has two handlers: in tips and in thief",
    );
    expect(() => joinModules([coreModule, registryModule, tipsModule, settingsModule, backupModule, documentsModule, rectificationModule, interviewsModule, integrityModule, consequencesModule, coreModule] as const, OP_NAMES)).toThrow("the module 'core' is joined twice");
  });

  it('refuses a missing handler: at compile time, and at start-up', () => {
    // @ts-expect-error — the tips module is missing, so its operations have no handler.
    expect(() => joinModules([coreModule, registryModule, settingsModule] as const, OP_NAMES)).toThrow(/operations without a handler: .*tips\.register/);
  });

  it('gives the real operations exactly one handler each', () => {
    expect(Object.keys(modules.handlers).sort()).toEqual([...OP_NAMES].sort());
  });
});
