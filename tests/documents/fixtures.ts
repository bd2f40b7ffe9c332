// The documents the tests lay out: one office, a long 通知, a 预警告知书, a 预警建议书, the three tip forms.
import type { DocOffice } from '../../shared/documents/spec.ts';
import type { AdviceInput, NoticeInput, WarningNoticeInput } from '../../shared/documents/kinds.ts';
import type { TipApprovalFormInput, TipClosingReportInput, TipRegisterFormInput } from '../../shared/documents/forms.ts';

export const OFFICE: DocOffice = {
  organs: ['中共临江县纪律检查委员会'],
  mark: '中共临江县纪律检查委员会',
  printer: '中共临江县纪律检查委员会办公室',
  address: '临江县人民路1号',
  phone: '0000-1234567',
};

const PARA = '各乡镇纪委要切实履行监督责任，聚焦群众身边的不正之风和腐败问题，认真排查问题线索，做到件件有着落、事事有回音';

/** The 通知's text: a heading, `paragraphs` numbered paragraphs of two lines each, a heading and a paragraph. */
export function noticeBody(paragraphs: number): string {
  return ['一、工作目标', ...Array.from({ length: paragraphs }, (_, i) => `${PARA}（${i + 1}）`), '（一）加强组织领导', `${PARA}。`].join('\n');
}

/** Long enough for three pages: page 2 is a full page of body text. */
export const NOTICE: NoticeInput = {
  number: '临纪发〔2026〕5号',
  title: '关于开展群众身边不正之风和腐败问题集中整治的通知',
  recipients: '各乡镇纪委，县直各单位纪检组织',
  body: noticeBody(24),
  attachments: ['问题线索登记表', '工作进度表'],
  date: '2026-11-05',
  copyTo: ['县委办公室', '县政府办公室'],
};

export const REGISTER: TipRegisterFormInput = {
  code: 'LJ-2026-0042',
  receivedDate: '2026-11-03',
  channel: '来信',
  mode: '实名',
  reporter: { name: '张*', phone: '138****5678', idNumber: '3301**********1234', address: '临江县***' },
  reporterMasked: true,
  subjects: [{ name: '李四', unit: '临江县自然资源局', post: '科长' }, { name: '王五', unit: '临江县自然资源局' }],
  subjectUnit: '临江县自然资源局',
  category: '违反廉洁纪律',
  summary: '反映李四在土地审批中收受好处费。',
  content: '举报人反映，2026年上半年，李四在办理某地块审批过程中，多次收受申请人财物。',
  attachmentCount: 2,
  registeredBy: '赵六',
  registeredAt: '2026-11-03 09:30',
};

export const APPROVAL: TipApprovalFormInput = {
  code: 'LJ-2026-0042',
  receivedDate: '2026-11-03',
  subjects: [{ name: '李四', unit: '临江县自然资源局', post: '科长' }],
  summary: '反映李四在土地审批中收受好处费。',
  proposal: { disposition: '初步核实', department: '第一纪检监察室', handler: '钱七', dueDate: '2026-12-03', opinion: '建议予以初步核实。', by: '孙八', date: '2026-11-04' },
  approval: null,
  extensions: [{ requestedDate: '2026-11-28', reason: '需调取银行流水', oldDueDate: '2026-12-03', newDueDate: '2027-01-03', decision: '批准' }],
};

export const CLOSING: TipClosingReportInput = {
  code: 'LJ-2026-0042',
  summary: '反映李四在土地审批中收受好处费。',
  subjects: [{ name: '李四', unit: '临江县自然资源局', post: '科长' }],
  disposition: '初步核实',
  handler: '钱七',
  result: '部分属实',
  closedDate: '2026-12-20',
  findings: '经核查，李四收受申请人购物卡2张，价值2000元。\n其余反映问题查无实据。',
  penalties: [{ person: '李四', unit: '临江县自然资源局', kind: '党纪处分', grade: '警告', circumstance: '从轻', decidedDate: '2026-12-18' }],
};

export const INFO = { author: '中共临江县纪律检查委员会', title: '测试文件' };

/** A 预警告知书 of three problems, the second of two paragraphs; 整改时限 2027-01-05. */
export const WARNING: WarningNoticeInput = {
  number: '临纪预告〔2026〕5号',
  title: '关于城关镇“三资”管理问题的预警告知书',
  recipients: '城关镇党委',
  intro: '近期，我委在日常监督中发现你单位存在以下问题：',
  problems: [
    { text: '村级财务报销手续不全，部分支出无经办人签字。' },
    { text: '集体资产台账未及时更新。\n部分闲置资产长期无人管理，存在流失风险。' },
    { text: '“三重一大”事项未经集体研究即作决定。' },
  ],
  requirements: '（一）立即整改\n对上述问题逐项建立整改台账，明确责任人和完成时限。\n（二）举一反三\n全面排查同类问题，健全财务管理制度。',
  deadline: '2027-01-05',
  date: '2026-11-05',
  copyTo: ['县委办公室'],
};

/** A 预警建议书 of a grade-C village: the opening, two headings with their paragraphs; 成文日期 2027-01-15. */
export const ADVICE: AdviceInput = {
  number: '临纪预建〔2027〕3号',
  title: '关于城关镇东村2026年度廉情预警的建议书',
  recipients: '中共城关镇东村支部委员会',
  body: [
    '根据《廉情预警机制实施办法》，经综合测评，城关镇东村2026年度廉情指数为60.00分，评定为C级；各季度廉情预警显示：第一季度红色、第二季度橙色、第三季度橙色、第四季度绿色。现将有关情况和建议告知如下：',
    '一、存在的主要薄弱环节',
    '信访举报：查实问题2件。',
    '二、下一年度工作要求',
    '你单位廉情预警级别为C级（红色），请高度重视。你单位领导班子应专题研究整改，于收到本建议书后30日内书面报告整改情况。',
  ].join('\n'),
  date: '2027-01-15',
  copyTo: ['城关镇纪委'],
};
