// What a 预警建议书 says of a unit's year, filled into the office's template (templates.ts): the
// quarters' colours with their scores, and the year's main weak points — the lines of its four
// quarters where it lost points (控制点 未落实 / 部分落实 / 未录入, overdue rectification items,
// supervision findings, substantiated tips, discipline deductions, surveys below full, performance
// below the best band), grouped by part, each naming the quarters it appeared in. Pure: the service
// hands in the quarters' published lines with each quarter's scheme version (what full points are).
import {
  PARTS, formatHundredths, toHundredths, type Hundredths, type Part, type SchemeContent, type ScoreLine, type UnitYearScore,
} from '../integrity/index.ts';
import { isFixableLine } from './rules.ts';
import type { AdviceTemplateField } from './templates.ts';

/** One published quarter of the unit: its lines, and the scheme version it was published with. */
export interface QuarterLines {
  quarter: number;
  lines: readonly ScoreLine[];
  scheme: SchemeContent;
}

/** A weak point of the year: what, in which part, in which quarters, and the lines behind it. */
export interface WeakPoint {
  part: Part;
  text: string;
  quarters: number[];
  lines: ScoreLine[];
}

export const NO_WEAK_POINTS = '各项指标未发现明显薄弱环节。';

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

function hundredths(points: number): Hundredths {
  return toHundredths(points) ?? 0;
}

/** The best a performance measure gives (its best band, or what is given beyond them). */
function bestOf(bands: ReadonlyArray<{ points: number }>, otherwise: number): Hundredths {
  return Math.max(hundredths(otherwise), ...bands.map((b) => hundredths(b.points)));
}

/** What follows the rule in a line's key (`rule:what`). */
function whatOf(line: ScoreLine): string {
  return line.key.slice(line.rule.length + 1);
}

/**
 * Where a line counts as lost points: the group it joins (lines of one group across the quarters
 * are one weak point) and how the group is named given the distinct lines in it — or null.
 */
function weakGroup(line: ScoreLine, scheme: SchemeContent): { key: string; name: (count: number) => string } | null {
  switch (line.rule) {
    case 'control.item': {
      if (!isFixableLine(line)) return null;
      const m = /^(.+?)：(未落实|部分落实)，/.exec(line.text);
      const label = m ? `${m[1] ?? ''}${m[2] ?? ''}` : line.text;
      return { key: `control.item:${label}`, name: () => label };
    }
    case 'control.missing': {
      const item = scheme.control.items.find((i) => i.key === whatOf(line));
      if (item && hundredths(item.points) <= line.points) return null;
      const name = item?.name ?? line.text.split('：')[0] ?? line.text;
      return { key: `control.missing:${name}`, name: () => `${name}未录入检查结果` };
    }
    case 'control.overdue':
      return { key: 'control.overdue', name: (n) => `整改事项逾期未销号${n}项` };
    case 'participation.tip':
      return { key: 'participation.tip', name: (n) => `查实信访件${n}件` };
    case 'participation.finding': {
      const channel = /^(.+?)发现问题（/.exec(line.text)?.[1] ?? '监督';
      return { key: `participation.finding:${channel}`, name: (n) => `${channel}发现问题${n}项` };
    }
    case 'participation.survey': {
      const survey = scheme.participation.surveys.find((s) => s.key === whatOf(line));
      if (!survey || line.points >= hundredths(survey.points)) return null;
      return { key: `participation.survey:${survey.name}`, name: () => `${survey.name}满意度未达满分` };
    }
    case 'performance.cost': {
      const perf = scheme.performance;
      if (line.points >= bestOf(perf.costBands, perf.costOtherwise)) return null;
      return { key: `performance.cost:${perf.costName}`, name: () => `${perf.costName}未达最优档次` };
    }
    case 'performance.saving': {
      const perf = scheme.performance;
      if (line.points >= bestOf(perf.savingBands, perf.savingOtherwise)) return null;
      return { key: `performance.saving:${perf.savingName}`, name: () => `${perf.savingName}未达最优档次` };
    }
    case 'integrity.event':
      return line.points < 0 ? { key: 'integrity.event', name: (n) => `受到处理扣分${n}人次` } : null;
    default:
      return null;
  }
}

/** The year's weak points, by part in the 廉情指数表's order, each in the order first met. */
export function weakPoints(quarters: readonly QuarterLines[]): WeakPoint[] {
  const groups = new Map<string, { part: Part; name: (count: number) => string; quarters: Set<number>; lineKeys: Set<string>; lines: ScoreLine[] }>();
  for (const q of [...quarters].sort((a, b) => a.quarter - b.quarter)) {
    for (const line of q.lines) {
      if (line.part === '总分') continue;
      const group = weakGroup(line, q.scheme);
      if (!group) continue;
      const key = `${line.part}|${group.key}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { part: line.part, name: group.name, quarters: new Set(), lineKeys: new Set(), lines: [] }));
      g.quarters.add(q.quarter);
      g.lineKeys.add(line.key);
      g.lines.push(quarterLine(q.quarter, line));
    }
  }
  const points = [...groups.values()].map((g) => ({
    part: g.part,
    text: g.name(g.lineKeys.size),
    quarters: [...g.quarters].sort((a, b) => a - b),
    lines: g.lines,
  }));
  return PARTS.flatMap((part) => points.filter((p) => p.part === part));
}

/** A quarter's line as the year shows it: its quarter named first, its key kept apart from the other quarters'. */
function quarterLine(quarter: number, line: ScoreLine): ScoreLine {
  return { ...line, key: `第${quarter}季度|${line.key}`, text: `第${quarter}季度：${line.text}` };
}

/** （一）控制性：三重一大集体决策部分落实（第1、3季度）；…。 one line per part; or NO_WEAK_POINTS. */
export function weakPointsText(points: readonly WeakPoint[]): string {
  const parts = PARTS.filter((part) => points.some((p) => p.part === part));
  if (parts.length === 0) return NO_WEAK_POINTS;
  return parts
    .map((part, k) => {
      const items = points.filter((p) => p.part === part).map((p) => `${p.text}（第${p.quarters.join('、')}季度）`);
      return `（${ORDINALS[k] ?? String(k + 1)}）${part}：${items.join('；')}。`;
    })
    .join('\n');
}

/** 第一季度绿色（92.50分）、第二季度橙色（80.00分）、第三季度未参评… */
export function quarterColoursText(result: Pick<UnitYearScore, 'quarters'>): string {
  return QUARTER_NAMES.map((name, k) => {
    const q = result.quarters[k];
    return q ? `${name}${q.colour}色（${formatHundredths(q.score)}分）` : `${name}未参评`;
  }).join('、');
}

/** The 建议书's title for a year. */
export function adviceTitle(year: number): string {
  return `${year}年度廉情预警建议书`;
}

/** The template's blanks for a unit's published year and its weak points' text. */
export function adviceValues(result: UnitYearScore, weakText: string): Record<AdviceTemplateField, string> {
  return {
    单位: result.unitName,
    年度: String(result.year),
    下一年度: String(result.year + 1),
    廉情指数: formatHundredths(result.score),
    等级: result.grade,
    季度颜色: quarterColoursText(result),
    薄弱环节: weakText,
  };
}
