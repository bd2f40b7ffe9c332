// 拟制预警告知书 as a pure rule: a published quarter's result → the notice's fields — one problem per
// line that points at something to fix, each naming its records and filed under a category of the
// office's list; a red quarter without such lines gets one problem stating the result.
import { describe, expect, it } from 'vitest';
import type { ScoreLine, UnitQuarterScore } from '../../../shared/integrity/index.ts';
import { warningFieldsInput } from '../../../shared/documents/warning.ts';
import { DEFAULT_RECT_CATEGORIES } from '../../../shared/rectification/enums.ts';
import { DEFAULT_NOTICE_REQUIREMENTS, noticeCategory, noticeDraft, noticeProblems, noticeTitle, problemOfLine } from '../../../shared/consequences/noticeDraft.ts';

const CATEGORIES = [...DEFAULT_RECT_CATEGORIES];

function ln(rule: ScoreLine['rule'], key: string, text: string, points: number, records: ScoreLine['records'] = []): ScoreLine {
  return { key, rule, part: '控制性', text, points, records };
}

const CONTROL_MISSED = ln('control.item', 'control.item:dual-sign', '财务双签：未落实，10分×0% = 0分', 0, [{ kind: '控制性检查', id: 7, label: '2026年第3季度 财务双签' }]);
const CONTROL_DONE = ln('control.item', 'control.item:vehicles', '公车登记：落实，6分×100% = 6分', 600, [{ kind: '控制性检查', id: 8, label: '2026年第3季度 公车登记' }]);
const TENDER_PART = ln('control.item', 'control.item:tendering', '招投标进场交易：部分落实，8分×50% = 4分', 400, [{ kind: '控制性检查', id: 9, label: '2026年第3季度 招投标进场交易' }]);
const TIP = ln('participation.tip', 'participation.tip:12', '查实信访件 XF-2026-0012（查实，2026-08-03办结）：信访渠道扣1分', -100, [{ kind: '信访件', id: 12, label: 'XF-2026-0012' }]);
const FINDING = ln('participation.finding', 'participation.finding:3', '审计发现问题（2026-08-10）：惠民补贴发放不规范，扣1分', -100, [{ kind: '监督发现', id: 3, label: '审计 2026-08-10' }]);
const OVERDUE = ln('control.overdue', '整改事项:31', '逾期整改事项 ZG-2026-0031（村务公开不及时，整改期限2026-08-01）：扣1分', -100, [{ kind: '整改事项', id: 31, label: 'ZG-2026-0031' }]);
const EVENT = ln('integrity.event', 'integrity.event:5', '诫勉 张三（一般干部）：2分×1（一般干部）×1（一般） ×1 = 2分', -200, [{ kind: '谈话', id: 5, label: 'TH-2026-0005' }]);
const SURVEY = ln('participation.survey', 'participation.survey:public', '民意调查：满意率60%，5分×60% = 3分', 300);

function result(lines: ScoreLine[], over: Partial<UnitQuarterScore> = {}): UnitQuarterScore {
  return {
    unitId: 4, unitName: '东村', unitType: '行政村', parentId: 1, parentName: '城关镇', year: 2026, quarter: 3,
    parts: { 控制性: 0, 主体性: 1500, 绩效: 3000, 激励性: 0, 廉勤性: 1500 },
    score: 6000, colour: '红', colourNote: '', colourRecords: [], veto: false, missingChecks: 0, lines, ...over,
  };
}

describe('the category a drafted problem is filed under', () => {
  it('follows the words of a control point, an overdue item or a finding, else the rule', () => {
    expect(noticeCategory(CONTROL_MISSED, CATEGORIES)).toBe('三资管理');
    expect(noticeCategory(TENDER_PART, CATEGORIES)).toBe('工程项目');
    expect(noticeCategory(FINDING, CATEGORIES)).toBe('惠民资金');
    expect(noticeCategory(OVERDUE, CATEGORIES)).toBe('制度执行');
    expect(noticeCategory(ln('control.item', 'k', '三重一大集体决策：未落实，10分×0% = 0分', 0), CATEGORIES)).toBe('制度执行');
    expect(noticeCategory(TIP, CATEGORIES)).toBe('其他');
    expect(noticeCategory(EVENT, CATEGORIES)).toBe('作风纪律');
  });

  it('reads no words in a tip’s or an event’s line (they name numbers and people)', () => {
    expect(noticeCategory(ln('integrity.event', 'k', '党纪处分 王工程（一般干部）', -100), CATEGORIES)).toBe('作风纪律');
    expect(noticeCategory(ln('participation.tip', 'k', '查实信访件 XF-2026-0001 工程', -100), CATEGORIES)).toBe('其他');
  });

  it('falls back to the first category of the office’s list when the mapped one is not in it', () => {
    expect(noticeCategory(CONTROL_MISSED, ['财务管理', '作风纪律'])).toBe('财务管理');
    expect(noticeCategory(EVENT, ['财务管理', '作风纪律'])).toBe('作风纪律');
  });
});

describe('a problem drafted from a line', () => {
  it('names its records and keeps the line; a single tip is the problem’s tip', () => {
    const p = problemOfLine(TIP, CATEGORIES);
    expect(p.text).toBe('查实信访件 XF-2026-0012（查实，2026-08-03办结）：信访渠道扣1分（依据：信访件 XF-2026-0012）');
    expect(p.tipId).toBe(12);
    expect(p.line).toEqual({ key: 'participation.tip:12', records: [{ kind: '信访件', id: 12, label: 'XF-2026-0012' }] });
    expect(problemOfLine(FINDING, CATEGORIES).text).toBe('审计发现问题（2026-08-10）：惠民补贴发放不规范，扣1分（依据：监督发现 审计 2026-08-10）');
    expect(problemOfLine(FINDING, CATEGORIES).tipId).toBeUndefined();
  });

  it('takes no tip when the line holds two', () => {
    const two = ln('integrity.event', 'k', '两件', -100, [{ kind: '信访件', id: 1, label: 'XF-2026-0001' }, { kind: '信访件', id: 2, label: 'XF-2026-0002' }]);
    const p = problemOfLine(two, CATEGORIES);
    expect(p.tipId).toBeUndefined();
    expect(p.text).toBe('两件（依据：信访件 XF-2026-0001、信访件 XF-2026-0002）');
  });

  it('adds no 依据 to a line without records', () => {
    expect(problemOfLine(ln('control.item', 'k', '公车登记：未落实，6分×0% = 0分', 0), CATEGORIES).text).toBe('公车登记：未落实，6分×0% = 0分');
  });
});

describe('the notice drafted from a quarter', () => {
  const lines = [CONTROL_MISSED, CONTROL_DONE, TENDER_PART, SURVEY, TIP, FINDING, OVERDUE, EVENT];
  const draft = noticeDraft({ unitId: 4, unitName: '东村', result: result(lines), basis: '红色（60.00分）；查实信访件1件', categories: CATEGORIES, date: '2026-10-12', deadlineDays: 30 });

  it('lists the fixable lines in the result’s order, one problem each', () => {
    expect(draft.problems.map((p) => p.line?.key)).toEqual([
      'control.item:dual-sign', 'control.item:tendering', 'participation.tip:12', 'participation.finding:3', '整改事项:31', 'integrity.event:5',
    ]);
    expect(draft.problems.map((p) => p.category)).toEqual(['三资管理', '工程项目', '其他', '惠民资金', '制度执行', '作风纪律']);
  });

  it('says who, when, how it scored and why, and what to do by when', () => {
    expect(draft.title).toBe('关于东村2026年第3季度廉情预警的告知书');
    expect(draft.recipients).toBe('东村');
    expect(draft.unitId).toBe(4);
    expect(draft.intro).toContain('2026年第3季度');
    expect(draft.intro).toContain('60.00分');
    expect(draft.intro).toContain('红色');
    expect(draft.intro).toContain('预警依据：红色（60.00分）；查实信访件1件');
    expect(draft.requirements).toBe(DEFAULT_NOTICE_REQUIREMENTS);
    expect(draft.requirements).toMatch(/认真整改.*报告/);
    expect(draft.date).toBe('2026-10-12');
    expect(draft.deadline).toBe('2026-11-11');
    expect(draft.copyTo).toBe('');
  });

  it('is a notice the warning form accepts as it is', () => {
    expect(warningFieldsInput.parse(draft)).toEqual(draft);
  });

  it('states a red result and its parts when no line points at something to fix', () => {
    const red = noticeDraft({ unitId: 4, unitName: '东村', result: result([CONTROL_DONE, SURVEY]), basis: '红色（60.00分）', categories: ['作风纪律', '其他'], date: '2026-10-12', deadlineDays: 30 });
    expect(red.problems).toHaveLength(1);
    const [only] = red.problems;
    expect(only?.text).toBe('2026年第3季度廉情指数为60.00分，预警颜色为红色；其中控制性0.00分、主体性15.00分、绩效30.00分、激励性0.00分、廉勤性15.00分。请对照各项得分查找薄弱环节，分析原因并制定整改措施。');
    expect(only?.category).toBe('其他');
    expect(only?.line).toBeUndefined();
    expect(only?.tipId).toBeUndefined();
    expect(noticeProblems(result([SURVEY]), '2026年第3季度', ['制度执行'])[0]?.category).toBe('制度执行');
  });

  it('keeps to the notice’s limit of problems, gathering the rest into the last', () => {
    const many = Array.from({ length: 53 }, (_, i) => ln('control.overdue', `整改事项:${i + 1}`, `逾期整改事项 ZG-2026-${String(i + 1).padStart(4, '0')}：扣1分`, -100));
    const problems = noticeProblems(result(many), '2026年第3季度', CATEGORIES);
    expect(problems).toHaveLength(50);
    expect(problems[48]?.line?.key).toBe('整改事项:49');
    expect(problems[49]?.line).toBeUndefined();
    expect(problems[49]?.text).toMatch(/^另有4个问题：1\. 逾期整改事项 ZG-2026-0050/);
    expect(problems[49]?.text).toContain('ZG-2026-0053');
  });

  it('fits a long unit name into the title’s 80 characters', () => {
    expect(noticeTitle('城关镇东村', '2026年第3季度')).toBe('关于城关镇东村2026年第3季度廉情预警的告知书');
    const title = noticeTitle('某'.repeat(75), '2026年第3季度');
    expect(Array.from(title)).toHaveLength(80);
    expect(title).toMatch(/^关于某+…2026年第3季度廉情预警的告知书$/);
  });
});
