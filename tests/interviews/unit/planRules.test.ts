// The plan's rules, pure: who must approve it (a 机关主要领导 for a lower-level party committee's
// 主要负责人) and which 办理结果 a tip may take from its talks and letters.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOWER_COMMITTEE_TYPES, needsMainLeader, planApprovalRefusal, tipResultsAllowed } from '../../../shared/interviews/index.ts';

describe('needsMainLeader', () => {
  it('only a 主要负责人 of a unit of a marked type', () => {
    expect(needsMainLeader({ category: '主要负责人', unitType: '镇（街道）' }, DEFAULT_LOWER_COMMITTEE_TYPES)).toBe(true);
    expect(needsMainLeader({ category: '主要负责人', unitType: '国有企业' }, DEFAULT_LOWER_COMMITTEE_TYPES)).toBe(true);
    expect(needsMainLeader({ category: '主要负责人', unitType: '行政村' }, DEFAULT_LOWER_COMMITTEE_TYPES)).toBe(false);
    expect(needsMainLeader({ category: '班子成员', unitType: '镇（街道）' }, DEFAULT_LOWER_COMMITTEE_TYPES)).toBe(false);
    expect(needsMainLeader({ category: '主要负责人', unitType: null }, DEFAULT_LOWER_COMMITTEE_TYPES)).toBe(false);
    // the office's own list
    expect(needsMainLeader({ category: '主要负责人', unitType: '行政村' }, ['行政村'])).toBe(true);
    expect(needsMainLeader({ category: '主要负责人', unitType: '镇（街道）' }, [])).toBe(false);
  });
});

describe('planApprovalRefusal', () => {
  it('a leader approves; a flagged one when the plan needs it; other roles never', () => {
    expect(planApprovalRefusal({ role: '领导', mainLeader: false }, { needsMainLeader: false })).toBeNull();
    expect(planApprovalRefusal({ role: '领导', mainLeader: false }, { needsMainLeader: true })).toBe('方案涉及下一级党委主要负责人，须由机关主要领导审批');
    expect(planApprovalRefusal({ role: '领导', mainLeader: true }, { needsMainLeader: true })).toBeNull();
    expect(planApprovalRefusal({ role: '监督检查室', mainLeader: false }, { needsMainLeader: false })).toBe('只有领导可以审批谈话函询方案');
    expect(planApprovalRefusal({ role: '系统管理员', mainLeader: true }, { needsMainLeader: true })).toBe('只有领导可以审批谈话函询方案');
  });
});

describe('tipResultsAllowed', () => {
  it('waits for every one; 查否 when all 了结; 查实 or 部分查实 after an event; none after 转初步核实', () => {
    expect(tipResultsAllowed([])).toEqual({ allowed: [], reason: '还没有谈话或函询' });
    expect(tipResultsAllowed(['了结', null])).toEqual({ allowed: [], reason: '还有谈话或函询未办结' });
    expect(tipResultsAllowed(['了结', '了结'])).toEqual({ allowed: ['查否'], reason: null });
    expect(tipResultsAllowed(['了结', '提醒'])).toEqual({ allowed: ['查实', '部分查实'], reason: null });
    expect(tipResultsAllowed(['诫勉'])).toEqual({ allowed: ['查实', '部分查实'], reason: null });
    expect(tipResultsAllowed(['了结', '转初步核实'])).toEqual({ allowed: [], reason: '已转初步核实，按初步核实办结' });
  });
});
