// The default scheme of ../shared/DOMAIN.md ("The integrity index"), exactly: an office starts a
// year from it or from last year's, and edits it as data.
import type { SchemeContent } from './scheme.ts';

const VILLAGES = ['行政村', '社区'] as const;
const OFFICES = ['镇（街道）', '机关部门', '基层站所', '事业单位', '其他'] as const;
const ENTERPRISES = ['国有企业'] as const;

export const DEFAULT_SCHEME: SchemeContent = {
  control: {
    total: 40,
    items: [
      { key: 'collective', name: '三重一大集体决策', unitTypes: [...VILLAGES, ...OFFICES, ...ENTERPRISES], points: 10 },
      { key: 'dual-sign', name: '财务双签', unitTypes: [...VILLAGES, ...OFFICES, ...ENTERPRISES], points: 10 },
      { key: 'tendering', name: '招投标进场交易', unitTypes: [...VILLAGES, ...OFFICES, ...ENTERPRISES], points: 8 },
      { key: 'village-affairs', name: '村务公开按时', unitTypes: [...VILLAGES], points: 6 },
      { key: 'gov-affairs', name: '政务公开按时', unitTypes: [...OFFICES], points: 6 },
      { key: 'enterprise-affairs', name: '厂务公开按时', unitTypes: [...ENTERPRISES], points: 6 },
      { key: 'vehicles', name: '公车登记', unitTypes: [...VILLAGES, ...OFFICES, ...ENTERPRISES], points: 6 },
    ],
    shares: { 落实: 100, 部分落实: 50, 未落实: 0 },
    overduePerItem: 1,
    period: '季度',
  },
  participation: {
    total: 40,
    surveys: [
      { key: 'public', name: '民意调查', points: 5 },
      { key: 'business', name: '经济主体调查', points: 5 },
      { key: 'clients', name: '服务对象评议', points: 5 },
      { key: 'cadres', name: '党员干部测评', points: 5 },
    ],
    surveyPeriod: '季度',
    channels: [
      { key: 'audit', name: '审计', points: 4, perFinding: 1 },
      { key: 'tips', name: '信访', points: 4, perFinding: 1 },
      { key: 'society', name: '社会', points: 3, perFinding: 1 },
      { key: 'media', name: '舆论', points: 3, perFinding: 1 },
      { key: 'finance', name: '财政', points: 3, perFinding: 1 },
      { key: 'congress', name: '人大政协', points: 3, perFinding: 1 },
    ],
    tipChannel: 'tips',
    perTip: 2,
  },
  performance: {
    total: 20,
    costName: '人均行政成本',
    costBands: [
      { upTo: 0, points: 10 },
      { upTo: 10, points: 8 },
      { upTo: 20, points: 6 },
      { upTo: 30, points: 4 },
    ],
    costOtherwise: 2,
    savingName: '行政成本节约率',
    savingBands: [
      { atLeast: 0, points: 10 },
      { atLeast: -5, points: 8 },
      { atLeast: -10, points: 6 },
    ],
    savingOtherwise: 4,
    period: '季度',
  },
  bonus: {
    kinds: [
      { key: 'adopted', name: '创新做法被上级推广', points: 3 },
      { key: 'innovation', name: '其他创新做法', points: 1 },
      { key: 'case-help', name: '积极配合查办案件', points: 1 },
    ],
    cap: 5,
  },
  integrity: {
    deductions: [
      { outcome: '提醒', grade: '', points: 0, veto: false },
      { outcome: '批评教育', grade: '', points: 0, veto: false },
      { outcome: '诫勉', grade: '', points: 1, veto: false },
      { outcome: '效能问责', grade: '', points: 1, veto: false },
      { outcome: '通报批评', grade: '', points: 1, veto: false },
      { outcome: '组织处理', grade: '', points: 3, veto: false },
      { outcome: '党纪处分', grade: '警告', points: 2, veto: false },
      { outcome: '党纪处分', grade: '严重警告', points: 3, veto: false },
      { outcome: '党纪处分', grade: '撤销党内职务', points: 5, veto: false },
      { outcome: '党纪处分', grade: '留党察看', points: 8, veto: false },
      { outcome: '党纪处分', grade: '开除党籍', points: 10, veto: false },
      { outcome: '政务处分', grade: '警告', points: 2, veto: false },
      { outcome: '政务处分', grade: '记过', points: 3, veto: false },
      { outcome: '政务处分', grade: '记大过', points: 5, veto: false },
      { outcome: '政务处分', grade: '降级', points: 5, veto: false },
      { outcome: '政务处分', grade: '撤职', points: 8, veto: false },
      { outcome: '政务处分', grade: '开除', points: 10, veto: false },
      { outcome: '移送司法', grade: '', points: 15, veto: true },
      { outcome: '刑事责任', grade: '', points: 15, veto: true },
    ],
    subject: { 主要负责人: 2, 班子成员: 1.5, 一般干部: 1 },
    circumstance: { 从轻: 0.5, 一般: 1, 从重: 1.5 },
    earlierConduct: 0.5,
  },
  thresholds: { green: 85, orange: 70, gradeA: 85, gradeB: 70 },
  mainLeaderRule: true,
  missing: { survey: '满分', cost: '满分' },
};
