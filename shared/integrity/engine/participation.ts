// 主体性: each survey's points × satisfaction rate (a missing rate by the scheme's policy), and per
// supervision channel its points less each finding and, in the tip channel, each substantiated tip
// about the unit — a channel not below 0.
import { divRoundHalfUp, type Hundredths } from '../decimal.ts';
import { periodLabel } from '../flow.ts';
import type { SurveyFact, UnitFact } from '../inputs.ts';
import type { UnitType } from '../../registry/index.ts';
import type { ScoreLine } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import type { UnitFacts } from './facts.ts';
import { line, sum } from './lines.ts';
import { hu, pts } from './numbers.ts';

type Survey = SchemeContent['participation']['surveys'][number];

export function surveyPoints(survey: Survey, fact: SurveyFact): Hundredths {
  return divRoundHalfUp(hu(survey.points) * fact.rate, 10000);
}

/** Per unit type and survey key: the points of the scored units that have a rate (for 同类平均). */
export type SurveyGroups = Map<UnitType, Map<string, { total: Hundredths; count: number }>>;

export function surveyGroups(scheme: SchemeContent, units: readonly UnitFact[], facts: Map<number, UnitFacts>): SurveyGroups {
  const groups: SurveyGroups = new Map();
  if (scheme.missing.survey !== '同类平均') return groups;
  for (const unit of units) {
    const f = facts.get(unit.id);
    if (!f) continue;
    let byKey = groups.get(unit.type);
    if (!byKey) groups.set(unit.type, (byKey = new Map()));
    for (const s of scheme.participation.surveys) {
      const fact = f.surveys.get(s.key);
      if (!fact) continue;
      const g = byKey.get(s.key) ?? { total: 0, count: 0 };
      g.total += surveyPoints(s, fact);
      g.count += 1;
      byKey.set(s.key, g);
    }
  }
  return groups;
}

function missingSurvey(scheme: SchemeContent, survey: Survey, unit: UnitFact, groups: SurveyGroups): { points: Hundredths; text: string } {
  const full = hu(survey.points);
  switch (scheme.missing.survey) {
    case '满分':
      return { points: full, text: `${survey.name}：无数据，按满分计${pts(full)}分` };
    case '零分':
      return { points: 0, text: `${survey.name}：无数据，按0分计` };
    case '同类平均': {
      const g = groups.get(unit.type)?.get(survey.key);
      if (!g || g.count === 0) return { points: full, text: `${survey.name}：无数据，同类单位（${unit.type}）均无数据，按满分计${pts(full)}分` };
      const mean = divRoundHalfUp(g.total, g.count);
      return { points: mean, text: `${survey.name}：无数据，按同类单位（${unit.type}）${g.count}个单位平均得分计，${pts(g.total)}分÷${g.count} = ${pts(mean)}分` };
    }
  }
}

export function participationLines(scheme: SchemeContent, unit: UnitFact, year: number, facts: UnitFacts, groups: SurveyGroups): ScoreLine[] {
  const p = scheme.participation;
  const lines: ScoreLine[] = [];
  for (const s of p.surveys) {
    const fact = facts.surveys.get(s.key);
    if (!fact) {
      const m = missingSurvey(scheme, s, unit, groups);
      lines.push(line('participation.survey', s.key, '主体性', m.text, m.points));
      continue;
    }
    const full = hu(s.points);
    const points = surveyPoints(s, fact);
    lines.push(line('participation.survey', s.key, '主体性', `${s.name}：满意率${pts(fact.rate)}%，${pts(full)}分×${pts(fact.rate)}% = ${pts(points)}分`, points, [
      { kind: '满意度调查', id: fact.id, label: `${periodLabel(year, fact.quarter)} ${s.name}` },
    ]));
  }
  const perTip = hu(p.perTip);
  for (const ch of p.channels) {
    const channel: ScoreLine[] = [];
    const base = hu(ch.points);
    channel.push(line('participation.channel', ch.key, '主体性', `${ch.name}监督渠道：基础分${pts(base)}分`, base));
    if (ch.key === p.tipChannel) {
      for (const tip of facts.tips) {
        channel.push(line('participation.tip', String(tip.id), '主体性', `查实信访件 ${tip.number}（${tip.result}，${tip.concludedDate.slice(0, 10)}办结）：${ch.name}渠道扣${pts(perTip)}分`, -perTip, [
          { kind: '信访件', id: tip.id, label: tip.number },
        ]));
      }
    } else {
      const perFinding = hu(ch.perFinding);
      for (const f of facts.findings) {
        if (f.channelKey !== ch.key) continue;
        channel.push(line('participation.finding', String(f.id), '主体性', `${ch.name}发现问题（${f.date.slice(0, 10)}）：${f.summary}，扣${pts(perFinding)}分`, -perFinding, [
          { kind: '监督发现', id: f.id, label: `${ch.name} ${f.date.slice(0, 10)}` },
        ]));
      }
    }
    const total = sum(channel);
    if (total < 0) channel.push(line('participation.floor', ch.key, '主体性', `${ch.name}监督渠道合计${pts(total)}分，不低于0分，补${pts(-total)}分`, -total));
    lines.push(...channel);
  }
  return lines;
}
