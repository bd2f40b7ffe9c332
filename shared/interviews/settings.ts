// The interviews domain's settings: the working days of a letter's reply and of a 委托谈话, when a
// deadline counts as near, the share of concluded letters spot-checked, which unit types are
// lower-level party committees, and who reads the content of records and replies.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { ROLES, type Role } from '../core/index.ts';
import { UNIT_TYPES, type UnitType } from '../registry/index.ts';
import { DEFAULT_LOWER_COMMITTEE_TYPES } from './enums.ts';
import { DEFAULT_INTERVIEW_CONTENT_ROLES } from './flow.ts';

const INTERVIEWS = '谈话函询';

function whole(label: string, min: number, max: number, unit: string) {
  const msg = `${label}为${min}到${max}${unit}`;
  // Optional on the wire: callers that predate it send the other settings only.
  return z.int({ error: `${label}应为整数` }).min(min, msg).max(max, msg).optional();
}

export const interviewSettings = {
  inquiryReplyWorkdays: setting({
    schema: whole('函询答复期限', 1, 60, '个工作日'),
    default: 15,
    label: '函询答复期限（工作日）',
    hint: '函询通知书成文日期（或要求补充说明之日）后该工作日数内答复（1到60）',
    kind: 'number',
    group: INTERVIEWS,
  }),
  entrustTalkWorkdays: setting({
    schema: whole('委托谈话期限', 1, 60, '个工作日'),
    default: 15,
    label: '委托谈话期限（工作日）',
    hint: '委托谈话通知书成文日期后该工作日数内完成谈话（1到60）',
    kind: 'number',
    group: INTERVIEWS,
  }),
  entrustRecordWorkdays: setting({
    schema: whole('委托谈话记录报送期限', 1, 30, '个工作日'),
    default: 5,
    label: '委托谈话记录和反馈单报送期限（工作日）',
    hint: '委托谈话后该工作日数内报送谈话记录和反馈单（1到30）',
    kind: 'number',
    group: INTERVIEWS,
  }),
  interviewDueSoonWorkdays: setting({
    schema: whole('谈话函询到期提醒', 1, 15, '个工作日'),
    default: 3,
    label: '谈话函询到期提醒（工作日）',
    hint: '答复、谈话或记录期限前该工作日数内标为“即将到期”（1到15）',
    kind: 'number',
    group: INTERVIEWS,
  }),
  spotCheckPercent: setting({
    schema: whole('函询抽查比例', 1, 100, '%'),
    default: 15,
    label: '函询抽查核实比例（%）',
    hint: '抽查时从所选期间以了结办结的函询中抽取该比例（向上取整）进行核实（1到100）',
    kind: 'number',
    group: INTERVIEWS,
  }),
  lowerCommitteeUnitTypes: setting({
    schema: z
      .array(z.enum(UNIT_TYPES, { error: `单位类型应为：${UNIT_TYPES.join('、')}` }), { error: '下一级党委的单位类型应为列表' })
      .refine((v) => new Set(v).size === v.length, '单位类型有重复')
      .optional(),
    default: [...DEFAULT_LOWER_COMMITTEE_TYPES] as UnitType[],
    label: '下一级党委的单位类型',
    hint: `这些类型单位的主要负责人的谈话函询方案须由机关主要领导审批；每行一个，可选：${UNIT_TYPES.join('、')}`,
    kind: 'list',
    group: INTERVIEWS,
  }),
  interviewContentRoles: setting({
    schema: z
      .array(z.enum(ROLES, { error: '角色无效' }), { error: '请选择可查看谈话函询内容的角色' })
      .refine((v) => new Set(v).size === v.length, '角色有重复')
      .optional(),
    default: [...DEFAULT_INTERVIEW_CONTENT_ROLES] as Role[],
    label: '可查看谈话函询内容的角色',
    hint: '所选角色可查看谈话要点、本人陈述、答复内容和评估意见；其他可查看谈话函询的角色（如只读）只看到登记信息',
    kind: 'roles',
    group: INTERVIEWS,
  }),
} as const;
