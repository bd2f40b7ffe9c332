// What the closed loop's pages decide on their own: the period shown when the address names none,
// the years and kinds offered, the steps offered by role and state (the service has the last word),
// how a consequence's flags, origin and items read, and which text settings 系统设置 shows over
// several lines (the 建议书 templates).
import { describe, expect, it } from 'vitest';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import type { SettingDef } from '../../../shared/kernel/settings.ts';
import { SETTING_DEFS, DEFAULT_SETTINGS } from '../../../shared/settings/index.ts';
import { actionsOf } from '../../../renderer/consequences/actions/actionRules.ts';
import { flagsOf } from '../../../renderer/consequences/common/Chips.tsx';
import { itemsText, originText, periodName, resultText } from '../../../renderer/consequences/common/words.ts';
import { defaultPeriod, kindsOf, pickYear, yearsOffered } from '../../../renderer/consequences/period/periodParams.ts';
import { isLongText } from '../../../renderer/core/settings/settingsFields.ts';

function row(over: Partial<ConsequenceRow>): ConsequenceRow {
  return {
    id: 1, publicationId: 1, year: 2026, quarter: 3, periodLabel: '2026年第3季度', unitId: 5, unitName: '东坪村', unitType: '行政村',
    kind: '预警告知书', basis: '红色（58.00分）', score: 5800, colour: '红', grade: null, state: '待拟制', open: true, dueDate: null,
    overdue: false, stale: null, document: null, items: null, interview: null, delivered: null, persons: null, repeatRed: null,
    leaderMissing: false, closed: null, createdAt: '2026-10-10T08:00:00.000Z', ...over,
  };
}

describe('the period shown by default', () => {
  it('is the last finished quarter, or last year as a whole in the first quarter', () => {
    expect(defaultPeriod('2026-11-21')).toEqual({ year: 2026, quarter: 3 });
    expect(defaultPeriod('2026-04-01')).toEqual({ year: 2026, quarter: 1 });
    expect(defaultPeriod('2027-01-04')).toEqual({ year: 2026, quarter: 0 });
    expect(defaultPeriod('2027-03-31')).toEqual({ year: 2026, quarter: 0 });
  });

  it('takes a year from the address only when it is a year of the index', () => {
    expect(pickYear('2025')).toBe(2025);
    for (const bad of ['', 'x', '20.5', '1999', '99999']) expect(pickYear(bad)).toBeUndefined();
  });

  it('offers ten years back, and an older year the address names', () => {
    expect(yearsOffered(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    expect(yearsOffered(2026, 2010).at(-1)).toBe(2010);
  });

  it("offers a quarter's kind for a quarter and the year's kinds for the year", () => {
    expect(kindsOf(3)).toEqual(['预警告知书']);
    expect(kindsOf(0)).toEqual(['预警建议书', '廉政谈话', '不得评先评优', '可参与优秀班子评定']);
  });
});

describe('the steps offered', () => {
  it('拟制告知书 to the writers while the notice is to draft; 关闭 to the closers', () => {
    const need = row({});
    expect(actionsOf(need, '案件监督管理室')).toEqual(['拟制告知书', '关闭']);
    expect(actionsOf(need, '监督检查室')).toEqual(['拟制告知书']);
    expect(actionsOf(need, '领导')).toEqual(['关闭']);
    expect(actionsOf(need, '信访室')).toEqual([]);
    expect(actionsOf(need, '只读')).toEqual([]);
  });

  it('安排谈话 while no talk is planned, 登记送达 once the 建议书 is issued', () => {
    const talk = row({ kind: '廉政谈话', state: '待安排', quarter: 0, colour: null, grade: 'C' });
    expect(actionsOf(talk, '监督检查室')).toEqual(['安排谈话']);
    const planned = { ...talk, state: '待谈话' as const, interview: { id: 3, number: 'TH-2027-0001', status: '待谈话' as const, personName: '张三', plannedDate: '2027-02-01' } };
    expect(actionsOf(planned, '案件监督管理室')).toEqual([]);
    const advice = row({ kind: '预警建议书', state: '已印发', quarter: 0, document: { id: 9, number: '临纪预建〔2027〕1号', title: '建议书', status: '已印发' } });
    expect(actionsOf(advice, '监督检查室')).toEqual(['登记送达']);
    expect(actionsOf({ ...advice, state: '已送达', open: false }, '案件监督管理室')).toEqual([]);
  });

  it('no 关闭 for an issued notice (its items end at 销号), nothing for a closed one; a list may be closed', () => {
    const issued = row({ state: '整改中', document: { id: 8, number: '临纪预告〔2026〕3号', title: '告知书', status: '已印发' } });
    expect(actionsOf(issued, '案件监督管理室')).toEqual([]);
    const closed = row({ state: '已关闭', open: false, closed: { reason: '已另案处理', byName: '孙丽华', at: '2026-11-01T02:00:00.000Z' } });
    expect(actionsOf(closed, '领导')).toEqual([]);
    expect(actionsOf(row({ kind: '不得评先评优', state: '已列入', open: false, quarter: 0 }), '领导')).toEqual(['关闭']);
  });
});

describe('how a consequence reads', () => {
  it('names each flag with its why', () => {
    expect(flagsOf(row({}))).toEqual([]);
    expect(
      flagsOf(row({ stale: '重新发布后为绿色（86.00分）且无查实问题，不再需要预警告知书', repeatRed: { openItems: 2, notices: ['临纪预告〔2026〕1号'] }, leaderMissing: true })),
    ).toEqual([
      '与结果不符：重新发布后为绿色（86.00分）且无查实问题，不再需要预警告知书',
      '红色预警再次出现：此前告知书（临纪预告〔2026〕1号）尚有2项整改未销号',
      '未登记主要负责人：请手动选择谈话对象',
    ]);
  });

  it('says where it came from, the colour or grade always with the score', () => {
    expect(originText(row({}))).toBe('由2026年第3季度廉情指数（东坪村，红色 58.00分）产生');
    expect(resultText({ colour: null, grade: 'C', score: 5510 })).toBe('C级 55.10分');
    expect(itemsText({ total: 3, closed: 1, overdue: 1 })).toBe('3项/已销号1/逾期1');
    expect(periodName(0)).toBe('全年');
    expect(periodName(2)).toBe('第二季度');
  });
});

function defOf(key: string): SettingDef {
  const def = SETTING_DEFS[key];
  if (!def) throw new Error(`no setting ${key}`);
  return def;
}

describe('系统设置 text settings', () => {
  it('shows the 建议书 templates over several lines, and the short texts as before', () => {
    for (const key of ['adviceTemplateA', 'adviceTemplateB', 'adviceTemplateC'] as const) {
      expect(isLongText(defOf(key), DEFAULT_SETTINGS[key])).toBe(true);
    }
    const short = Object.entries(SETTING_DEFS).filter(([key, def]) => def.kind === 'text' && !key.startsWith('adviceTemplate'));
    expect(short.length).toBeGreaterThan(0);
    for (const [key, def] of short) expect(isLongText(def, (DEFAULT_SETTINGS as Record<string, unknown>)[key])).toBe(false);
  });

  it('a saved value with a line break is shown over several lines; other kinds never', () => {
    const [, text] = Object.entries(SETTING_DEFS).find(([key, def]) => def.kind === 'text' && !key.startsWith('adviceTemplate')) ?? [];
    if (!text) throw new Error('no short text setting');
    expect(isLongText(text, '第一行\n第二行')).toBe(true);
    expect(isLongText(defOf('consequenceTalkDays'), 'x'.repeat(200))).toBe(false);
  });
});
