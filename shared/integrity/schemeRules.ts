// The checks that need a whole scheme (评分方案): each part adds up to its total — per unit type for
// the control points —, the bands are ordered, keys are unique, the deduction table names valid
// grades and covers each sanction's grades, and the three totals make 100. A draft may fail them
// (it is saved as it is, with the list shown); a version is enabled only when the list is empty.
// Also the differences between two contents in Chinese (the audit entry of a save) and the sums the
// editor shows. Every comparison is in hundredths (decimal.ts), never in floats.
import { UNIT_TYPES, type UnitType } from '../registry/index.ts';
import { CIRCUMSTANCES, OUTCOME_GRADES, type Outcome } from '../tips/index.ts';
import { formatPoints, toHundredths, type Hundredths } from './decimal.ts';
import { CHECK_RESULTS } from './enums.ts';
import type { SchemeContent } from './scheme.ts';

/** Hundredths of a scheme number (the schema admits two places at most; anything else counts as 0 here, the schema says why). */
function h(value: number): Hundredths {
  return toHundredths(value) ?? 0;
}

/** A number as a person reads it in a message: 40, 4.5. */
function pts(value: Hundredths): string {
  return formatPoints(value);
}

function sum(values: readonly number[]): Hundredths {
  return values.reduce<number>((total, v) => total + h(v), 0);
}

/** The grades an outcome's deduction rows carry ('' for an outcome without grades). */
function gradesOf(outcome: string): readonly string[] | undefined {
  return OUTCOME_GRADES[outcome as Outcome];
}

/** A deduction row's name: 党纪处分·警告, 诫勉. */
export function deductionName(row: { outcome: string; grade: string }): string {
  return row.grade === '' ? row.outcome : `${row.outcome}·${row.grade}`;
}

export interface SchemeSums {
  /** The control points' sum per unit type that has at least one point (in UNIT_TYPES order). */
  control: Array<{ unitType: UnitType; points: Hundredths }>;
  /** The unit types without a control point (they get the whole control total). */
  withoutControl: UnitType[];
  surveys: Hundredths;
  channels: Hundredths;
  /** The most the cost measure and the saving measure can give. */
  costMax: Hundredths;
  savingMax: Hundredths;
  /** control.total + participation.total + performance.total. */
  totals: Hundredths;
}

/** What each part adds up to (the editor shows them beside its totals). */
export function schemeSums(c: SchemeContent): SchemeSums {
  const control: SchemeSums['control'] = [];
  const withoutControl: UnitType[] = [];
  for (const unitType of UNIT_TYPES) {
    const items = c.control.items.filter((i) => i.unitTypes.includes(unitType));
    if (items.length === 0) withoutControl.push(unitType);
    else control.push({ unitType, points: sum(items.map((i) => i.points)) });
  }
  const p = c.performance;
  return {
    control,
    withoutControl,
    surveys: sum(c.participation.surveys.map((s) => s.points)),
    channels: sum(c.participation.channels.map((s) => s.points)),
    costMax: Math.max(h(p.costOtherwise), ...p.costBands.map((b) => h(b.points))),
    savingMax: Math.max(h(p.savingOtherwise), ...p.savingBands.map((b) => h(b.points))),
    totals: h(c.control.total) + h(c.participation.total) + h(p.total),
  };
}

/** Keys given to more than one entry of a list: 控制点编码“collective”重复（第1、3项）. */
function duplicateKeys(what: string, list: ReadonlyArray<{ key: string }>): string[] {
  const positions = new Map<string, number[]>();
  list.forEach((entry, i) => positions.set(entry.key, [...(positions.get(entry.key) ?? []), i + 1]));
  return [...positions]
    .filter(([, at]) => at.length > 1)
    .map(([key, at]) => `${what}编码“${key}”重复（第${at.join('、')}项），请改为不同的编码`);
}

/** Bands in order: bounds strictly one way, points never rising, the fallback not above the last band. */
function bandProblems(
  what: string, bounds: readonly Hundredths[], points: readonly Hundredths[], otherwise: Hundredths, ascending: boolean, boundText: (b: Hundredths) => string,
  otherwiseLabel: string,
): string[] {
  const out: string[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const prev = bounds[i - 1] as Hundredths;
    const cur = bounds[i] as Hundredths;
    if (ascending ? cur <= prev : cur >= prev) {
      out.push(`${what}第${i + 1}档的${boundText(cur)}应${ascending ? '大于' : '小于'}第${i}档的${boundText(prev)}（各档次应按${ascending ? '从小到大' : '从大到小'}排列）`);
    }
    const prevPoints = points[i - 1] as Hundredths;
    const curPoints = points[i] as Hundredths;
    if (curPoints > prevPoints) out.push(`${what}第${i + 1}档得分${pts(curPoints)}不应高于第${i}档得分${pts(prevPoints)}`);
  }
  const last = points[points.length - 1];
  if (last !== undefined && otherwise > last) out.push(`${what}${otherwiseLabel}${pts(otherwise)}不应高于最后一档得分${pts(last)}`);
  return out;
}

/** What is wrong with a scheme, each message naming what to fix; [] when it may be enabled. */
export function schemeProblems(c: SchemeContent): string[] {
  const out: string[] = [];
  const sums = schemeSums(c);

  // 控制性: per unit type with a checklist, the points add up to the part's total.
  const controlTotal = h(c.control.total);
  for (const { unitType, points } of sums.control) {
    if (points !== controlTotal) {
      out.push(`控制性：单位类型“${unitType}”的控制点分值合计${pts(points)}分，应等于控制性满分${pts(controlTotal)}分`);
    }
  }
  out.push(...duplicateKeys('控制点', c.control.items));
  const shares = CHECK_RESULTS.map((r) => h(c.control.shares[r]));
  for (let i = 1; i < shares.length; i++) {
    if ((shares[i] as Hundredths) > (shares[i - 1] as Hundredths)) {
      out.push(`控制性：${CHECK_RESULTS[i]}得分比例${pts(shares[i] as Hundredths)}%不应高于${CHECK_RESULTS[i - 1]}得分比例${pts(shares[i - 1] as Hundredths)}%`);
    }
  }

  // 主体性: surveys and channels add up to the part's total; the tip channel is one of the channels.
  const participationTotal = h(c.participation.total);
  if (sums.surveys + sums.channels !== participationTotal) {
    out.push(
      `主体性：调查分值合计${pts(sums.surveys)}分加监督渠道分值合计${pts(sums.channels)}分为${pts(sums.surveys + sums.channels)}分，应等于主体性满分${pts(participationTotal)}分`,
    );
  }
  out.push(...duplicateKeys('调查', c.participation.surveys));
  out.push(...duplicateKeys('监督渠道', c.participation.channels));
  if (!c.participation.channels.some((ch) => ch.key === c.participation.tipChannel)) {
    out.push(`主体性：信访渠道“${c.participation.tipChannel}”不是已设置的监督渠道，请从监督渠道中选择`);
  }

  // 绩效: the best each measure can give adds up to the part's total; bands ordered.
  const p = c.performance;
  const performanceTotal = h(p.total);
  if (sums.costMax + sums.savingMax !== performanceTotal) {
    out.push(
      `绩效：${p.costName}最高得分${pts(sums.costMax)}分加${p.savingName}最高得分${pts(sums.savingMax)}分为${pts(sums.costMax + sums.savingMax)}分，应等于绩效满分${pts(performanceTotal)}分`,
    );
  }
  out.push(
    ...bandProblems(
      `绩效：${p.costName}`, p.costBands.map((b) => h(b.upTo)), p.costBands.map((b) => h(b.points)), h(p.costOtherwise), true,
      (b) => `偏离度上限${pts(b)}%`, '超出各档次的得分',
    ),
    ...bandProblems(
      `绩效：${p.savingName}`, p.savingBands.map((b) => h(b.atLeast)), p.savingBands.map((b) => h(b.points)), h(p.savingOtherwise), false,
      (b) => `偏离下限${pts(b)}个百分点`, '低于各档次的得分',
    ),
  );

  // 激励性
  out.push(...duplicateKeys('加分项', c.bonus.kinds));

  // 廉勤性: one row per outcome and grade, grades of their outcome, every grade of a sanction covered.
  const seen = new Set<string>();
  for (const row of c.integrity.deductions) {
    const name = deductionName(row);
    const id = `${row.outcome}\u0000${row.grade}`;
    if (seen.has(id)) out.push(`廉勤性：扣分表中“${name}”有多行，请只保留一行`);
    seen.add(id);
    const grades = gradesOf(row.outcome);
    if (grades && !grades.includes(row.grade)) {
      out.push(`廉勤性：${row.outcome}的处分档次“${row.grade}”无效，应为${grades.join('、')}之一`);
    } else if (!grades && row.grade !== '') {
      out.push(`廉勤性：${row.outcome}没有处分档次，请清空“${row.grade}”`);
    }
  }
  for (const [outcome, grades] of Object.entries(OUTCOME_GRADES)) {
    const missing = (grades ?? []).filter((g) => !seen.has(`${outcome}\u0000${g}`));
    if (missing.length > 0) out.push(`廉勤性：扣分表缺少${outcome}的${missing.join('、')}，请为每个处分档次设置扣分`);
  }

  // 分数线 and the whole.
  const t = c.thresholds;
  if (h(t.green) <= h(t.orange)) out.push(`分数线：绿色分数线${pts(h(t.green))}应高于橙色分数线${pts(h(t.orange))}`);
  if (h(t.gradeA) <= h(t.gradeB)) out.push(`分数线：A级分数线${pts(h(t.gradeA))}应高于B级分数线${pts(h(t.gradeB))}`);
  if (sums.totals !== 10000) {
    out.push(
      `总分：控制性满分${pts(controlTotal)}分、主体性满分${pts(participationTotal)}分、绩效满分${pts(performanceTotal)}分合计${pts(sums.totals)}分，应为100分`,
    );
  }
  return out;
}

// ── the differences between two contents (the audit entry of a save) ──

type Value = string | number | boolean;

function show(v: Value): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function scalar(out: string[], label: string, a: Value, b: Value): void {
  if (a !== b) out.push(`${label}：${show(a)} → ${show(b)}`);
}

function typesText(types: readonly string[]): string {
  return types.join('、');
}

interface Keyed {
  key: string;
  name: string;
}

/** Entries of a keyed list added, removed and changed (by key, kept from version to version). */
function keyedList<T extends Keyed>(
  out: string[], what: string, before: readonly T[], after: readonly T[], fields: ReadonlyArray<[string, (x: T) => Value]>, describe: (x: T) => string,
): void {
  const old = new Map(before.map((x) => [x.key, x]));
  const now = new Map(after.map((x) => [x.key, x]));
  for (const x of after) {
    const prev = old.get(x.key);
    if (!prev) {
      out.push(`新增${what}“${x.name}”（${describe(x)}）`);
      continue;
    }
    if (prev.name !== x.name) out.push(`${what}“${prev.name}”名称：${prev.name} → ${x.name}`);
    for (const [label, get] of fields) scalar(out, `${what}“${x.name}”${label}`, get(prev), get(x));
  }
  for (const x of before) if (!now.has(x.key)) out.push(`删除${what}“${x.name}”`);
}

function bandsText(bands: ReadonlyArray<{ bound: number; points: number }>, sign: string, unit: string): string {
  return bands.map((b) => `${sign}${b.bound}${unit}得${b.points}分`).join('，');
}

/** The differences from `before` to `after`, one Chinese line each (控制点“财务双签”分值：10 → 12). */
export function schemeChanges(before: SchemeContent, after: SchemeContent): string[] {
  const out: string[] = [];
  const [a, b] = [before, after];

  scalar(out, '控制性满分', a.control.total, b.control.total);
  keyedList(
    out, '控制点', a.control.items, b.control.items,
    [['分值', (x) => x.points], ['适用单位类型', (x) => typesText(x.unitTypes)]],
    (x) => `编码${x.key}，分值${x.points}，适用${typesText(x.unitTypes)}`,
  );
  for (const r of CHECK_RESULTS) scalar(out, `${r}得分比例（%）`, a.control.shares[r], b.control.shares[r]);
  scalar(out, '逾期整改事项扣分', a.control.overduePerItem, b.control.overduePerItem);
  scalar(out, '控制性检查周期', a.control.period, b.control.period);

  scalar(out, '主体性满分', a.participation.total, b.participation.total);
  keyedList(out, '调查', a.participation.surveys, b.participation.surveys, [['分值', (x) => x.points]], (x) => `编码${x.key}，分值${x.points}`);
  scalar(out, '满意度调查周期', a.participation.surveyPeriod, b.participation.surveyPeriod);
  keyedList(
    out, '监督渠道', a.participation.channels, b.participation.channels,
    [['分值', (x) => x.points], ['每条发现问题扣分', (x) => x.perFinding]],
    (x) => `编码${x.key}，分值${x.points}，每条发现问题扣${x.perFinding}分`,
  );
  scalar(out, '信访渠道', a.participation.tipChannel, b.participation.tipChannel);
  scalar(out, '每件查实信访件扣分', a.participation.perTip, b.participation.perTip);

  const [pa, pb] = [a.performance, b.performance];
  scalar(out, '绩效满分', pa.total, pb.total);
  scalar(out, '成本指标名称', pa.costName, pb.costName);
  scalar(
    out, `${pb.costName}档次`, bandsText(pa.costBands.map((x) => ({ bound: x.upTo, points: x.points })), '≤', '%'),
    bandsText(pb.costBands.map((x) => ({ bound: x.upTo, points: x.points })), '≤', '%'),
  );
  scalar(out, `${pb.costName}超出各档次的得分`, pa.costOtherwise, pb.costOtherwise);
  scalar(out, '节约率指标名称', pa.savingName, pb.savingName);
  scalar(
    out, `${pb.savingName}档次`, bandsText(pa.savingBands.map((x) => ({ bound: x.atLeast, points: x.points })), '≥', '个百分点'),
    bandsText(pb.savingBands.map((x) => ({ bound: x.atLeast, points: x.points })), '≥', '个百分点'),
  );
  scalar(out, `${pb.savingName}低于各档次的得分`, pa.savingOtherwise, pb.savingOtherwise);
  scalar(out, '行政成本周期', pa.period, pb.period);

  keyedList(out, '加分项', a.bonus.kinds, b.bonus.kinds, [['分值', (x) => x.points]], (x) => `编码${x.key}，分值${x.points}`);
  scalar(out, '每季度加分上限', a.bonus.cap, b.bonus.cap);

  const named = (rows: SchemeContent['integrity']['deductions']) => rows.map((r) => ({ ...r, key: deductionName(r), name: deductionName(r) }));
  keyedList(
    out, '扣分项', named(a.integrity.deductions), named(b.integrity.deductions),
    [['扣分', (x) => x.points], ['一票否决', (x) => x.veto]],
    (x) => `扣${x.points}分${x.veto ? '，一票否决' : ''}`,
  );
  for (const k of ['主要负责人', '班子成员', '一般干部'] as const) scalar(out, `${k}系数`, a.integrity.subject[k], b.integrity.subject[k]);
  for (const k of CIRCUMSTANCES) scalar(out, `${k}系数`, a.integrity.circumstance[k], b.integrity.circumstance[k]);
  scalar(out, '以前年度行为系数', a.integrity.earlierConduct, b.integrity.earlierConduct);

  scalar(out, '绿色分数线', a.thresholds.green, b.thresholds.green);
  scalar(out, '橙色分数线', a.thresholds.orange, b.thresholds.orange);
  scalar(out, 'A级分数线', a.thresholds.gradeA, b.thresholds.gradeA);
  scalar(out, 'B级分数线', a.thresholds.gradeB, b.thresholds.gradeB);
  scalar(out, '主要负责人规则', a.mainLeaderRule, b.mainLeaderRule);
  scalar(out, '无调查数据时', a.missing.survey, b.missing.survey);
  scalar(out, '无成本数据时', a.missing.cost, b.missing.cost);
  return out;
}

/** At most `max` lines: the first max − 1 and how many more. */
export function capChanges(lines: readonly string[], max = 20): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max - 1), `……另有${lines.length - max + 1}处修改`];
}
