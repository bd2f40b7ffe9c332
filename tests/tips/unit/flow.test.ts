import { randomBytes } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { archivedRefusal, mayAddAttachment, transition, publicStage, waitingFor, ACTION_FROM, TIP_ACTIONS, type TipAction } from '../../../shared/tips/flow.ts';
import { TIP_STATUSES, REPORT_MODES, type TipStatus } from '../../../shared/tips/enums.ts';
import { bigrams, dice, monthsBefore } from '../../../shared/kernel/similarity.ts';
import { newQueryCode, queryCodeHash, tipNumber } from '../../../electron/services/tips/register.ts';

function walk(mode: '实名' | '匿名', actions: TipAction[]): TipStatus[] {
  let status: TipStatus = '待拟办';
  const seen: TipStatus[] = [status];
  for (const a of actions) {
    const t = transition(status, a, mode);
    if (!t.ok) throw new Error(t.message);
    status = t.to;
    seen.push(status);
  }
  return seen;
}

describe('the flow of a tip', () => {
  it('a named report passes 反馈 before 归档', () => {
    expect(walk('实名', ['拟办', '审批同意', '申请延期', '办结', '反馈', '归档'])).toEqual(['待拟办', '待审批', '承办中', '承办中', '待反馈', '待归档', '已归档']);
  });
  it('an anonymous report goes from 办结 straight to 归档', () => {
    expect(walk('匿名', ['拟办', '审批同意', '办结', '归档'])).toEqual(['待拟办', '待审批', '承办中', '待归档', '已归档']);
    expect(transition('待反馈', '归档', '匿名').ok).toBe(false);
  });
  it('a returned proposal goes back to 拟办', () => {
    expect(walk('实名', ['拟办', '审批退回', '拟办'])).toEqual(['待拟办', '待审批', '待拟办', '待审批']);
  });
  it('refuses every step out of order with a message naming the next step', () => {
    const t = transition('待拟办', '办结', '实名');
    expect(t).toEqual({ ok: false, message: '该件当前为“待拟办”，不能办结；下一步应为：拟办。' });
    expect(transition('已归档', '拟办', '实名')).toEqual({ ok: false, message: '该件当前为“已归档”，不能拟办；下一步应为：无（已归档）。' });
  });
  it('has exactly one starting status per action, and nothing leaves 已归档 but 重新启用, back to 待归档', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TIP_STATUSES), fc.constantFrom(...TIP_ACTIONS), fc.constantFrom(...REPORT_MODES), (s, a, m) => {
        const allowedFrom = TIP_STATUSES.filter((x) => transition(x, a, m).ok);
        expect(allowedFrom).toHaveLength(1);
        if (s === '已归档') expect(transition(s, a, m)).toEqual(a === '重新启用' ? { ok: true, to: '待归档' } : expect.objectContaining({ ok: false }));
      }),
    );
  });

  it('an archived tip refuses changes with a message that names the way back; attachments: the clerks and the assigned handler, never on an archived tip', () => {
    expect(archivedRefusal({ number: 'XF-2026-0001', status: '已归档' })).toBe('XF-2026-0001 已归档，不能再修改；如确需修改，请由领导“重新启用”，并写明理由。');
    expect(archivedRefusal({ number: 'XF-2026-0001', status: '待归档' })).toBeNull();
    const open = { handlerUserId: 7, status: '承办中' } as const;
    expect(mayAddAttachment({ id: 1, role: '信访室' }, open)).toBe(true);
    expect(mayAddAttachment({ id: 1, role: '案件监督管理室' }, open)).toBe(true);
    expect(mayAddAttachment({ id: 7, role: '监督检查室' }, open)).toBe(true);
    expect(mayAddAttachment({ id: 8, role: '监督检查室' }, open)).toBe(false);
    expect(mayAddAttachment({ id: 8, role: '领导' }, open)).toBe(false);
    expect(mayAddAttachment({ id: 1, role: '信访室' }, { ...open, status: '已归档' })).toBe(false);
    expect(mayAddAttachment({ id: 7, role: '监督检查室' }, { ...open, status: '已归档' })).toBe(false);
  });
  it('tells a reporter only the stage', () => {
    expect(TIP_STATUSES.map(publicStage)).toEqual(['已受理', '已受理', '办理中', '已办结', '已办结', '已办结']);
  });
});

describe('numbers and query codes', () => {
  it('numbers are XF-year-four digits, growing past 9999', () => {
    expect(tipNumber(2026, 1)).toBe('XF-2026-0001');
    expect(tipNumber(2026, 123)).toBe('XF-2026-0123');
    expect(tipNumber(2027, 10000)).toBe('XF-2027-10000');
  });
  it('query codes avoid look-alike characters and are stored only as a hash', () => {
    const codes = Array.from({ length: 500 }, newQueryCode);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(500);
    const key = randomBytes(32);
    expect(queryCodeHash(key, 'K7PM-3QXD')).toBe(queryCodeHash(key, 'K7PM3QXD'));
    expect(queryCodeHash(key, 'K7PM-3QXD')).not.toContain('K7PM');
    // Keyed: without the install's key the stored value cannot be tried against codes.
    expect(queryCodeHash(randomBytes(32), 'K7PM-3QXD')).not.toBe(queryCodeHash(key, 'K7PM-3QXD'));
  });
});

describe('repeat detection rules', () => {
  it('similarity of Chinese texts by shared 2-character pieces', () => {
    const a = bigrams('村委会主任违规发放补偿款');
    expect(dice(a, a)).toBe(1);
    expect(dice(a, bigrams('村委会主任虚报冒领补偿款'))).toBeGreaterThan(0.4);
    expect(dice(a, bigrams('上班时间打牌'))).toBe(0);
    expect(dice(a, new Set())).toBe(0);
  });
  it('the look-back window counts calendar months, clamped to month ends', () => {
    expect(monthsBefore('2026-11-21', 24)).toBe('2024-11-21');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});

describe('a refused step says what was tried and what comes next', () => {
  it('names 审批 for both decisions, 记录反馈 for 反馈, and the others as they are', () => {
    const refused = (status: TipStatus, action: TipAction) => {
      const t = transition(status, action, '实名');
      if (t.ok) throw new Error(`${action} from ${status} should be refused`);
      return t.message;
    };
    expect(refused('待拟办', '审批同意')).toBe('该件当前为“待拟办”，不能审批；下一步应为：拟办。');
    expect(refused('待拟办', '审批退回')).toBe('该件当前为“待拟办”，不能审批；下一步应为：拟办。');
    expect(refused('待拟办', '反馈')).toBe('该件当前为“待拟办”，不能记录反馈；下一步应为：拟办。');
    expect(refused('待审批', '办结')).toBe('该件当前为“待审批”，不能办结；下一步应为：领导审批。');
  });
});

describe('waitingFor (待我办理 by role)', () => {
  it('信访室 and 案管室 move tips on from 待拟办, 待反馈 and 待归档; a leader approves (待审批) and decides extension requests', () => {
    expect(waitingFor('信访室')).toEqual({ statuses: ['待拟办', '待反馈', '待归档'], extensionRequests: false });
    expect(waitingFor('案件监督管理室')).toEqual({ statuses: ['待拟办', '待反馈', '待归档'], extensionRequests: false });
    expect(waitingFor('领导')).toEqual({ statuses: ['待审批'], extensionRequests: true });
  });

  it('the other roles wait for no status of their own (a handler has only the leads assigned to them)', () => {
    for (const role of ['监督检查室', '只读', '系统管理员'] as const) expect(waitingFor(role)).toEqual({ statuses: [], extensionRequests: false });
  });

  it('each status a role waits at is one its own step starts from', () => {
    const starts: Record<string, readonly string[]> = { 信访室: ['拟办', '反馈', '归档'], 领导: ['审批同意', '审批退回'] };
    for (const [role, actions] of Object.entries(starts)) {
      const from = new Set(actions.map((a) => ACTION_FROM[a as keyof typeof ACTION_FROM]));
      expect(new Set(waitingFor(role as '信访室' | '领导').statuses)).toEqual(from);
    }
  });
});
