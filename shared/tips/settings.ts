// The tips domain's settings: deadlines in working days, the due-soon warning, the repeat search
// range, and who may see reporter identities.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { DEFAULT_CONTENT_ROLES, DEFAULT_REPORTER_ROLES, ROLES, type Role } from '../core/index.ts';

const TIPS = '信访举报';

function whole(label: string, min: number, max: number, unit: string) {
  const msg = `${label}为${min}到${max}${unit}`;
  return z.int({ error: `${label}应为整数` }).min(min, msg).max(max, msg);
}

/** A set of roles (checkboxes in 系统设置); `atLeastOne`: the message when none may be chosen. */
function roleSet(label: string, atLeastOne: string | null) {
  const roles = z.array(z.enum(ROLES, { error: '角色无效' }), { error: `请选择${label}` });
  return (atLeastOne ? roles.min(1, atLeastOne) : roles).refine((v) => new Set(v).size === v.length, '角色有重复');
}

export const tipSettings = {
  dueSoonDays: setting({
    schema: whole('即将到期提醒天数', 1, 30, '天'),
    default: 5,
    label: '即将到期提醒天数',
    hint: '距办理时限不超过该天数的事项标为“即将到期”，在首页和台账中提醒（1到30）',
    kind: 'number',
    group: TIPS,
  }),
  repeatWindowMonths: setting({
    schema: whole('重复件比对范围', 1, 120, '个月'),
    default: 24,
    label: '重复件比对范围（月）',
    hint: '登记时，提示该月数内反映同一人员或单位的信访件，供判断是否重复件（1到120）',
    kind: 'number',
    group: TIPS,
  }),
  intakeWorkdays: setting({
    schema: whole('拟办时限', 1, 60, '个工作日'),
    default: 5,
    label: '拟办时限（工作日）',
    hint: '收件后应在该工作日数内提出拟办意见（1到60）',
    kind: 'number',
    group: TIPS,
  }),
  approvalWorkdays: setting({
    schema: whole('审批时限', 1, 60, '个工作日'),
    default: 3,
    label: '审批时限（工作日）',
    hint: '提出拟办意见后，领导应在该工作日数内审批（1到60）',
    kind: 'number',
    group: TIPS,
  }),
  feedbackWorkdays: setting({
    schema: whole('反馈时限', 1, 90, '个工作日'),
    default: 15,
    label: '反馈时限（工作日）',
    hint: '实名反映办结后，应在该工作日数内向反映人反馈（1到90）',
    kind: 'number',
    group: TIPS,
  }),
  talkLetterWorkdays: setting({
    schema: whole('谈话函询承办时限', 1, 250, '个工作日'),
    default: 30,
    label: '谈话函询承办时限（工作日）',
    hint: '拟办时按处置方式建议的承办时限，拟办人可以修改（1到250）',
    kind: 'number',
    group: TIPS,
  }),
  verifyWorkdays: setting({
    schema: whole('初步核实承办时限', 1, 250, '个工作日'),
    default: 60,
    label: '初步核实承办时限（工作日）',
    hint: '拟办时按处置方式建议的承办时限，拟办人可以修改（1到250）',
    kind: 'number',
    group: TIPS,
  }),
  closeWorkdays: setting({
    schema: whole('予以了结承办时限', 1, 60, '个工作日'),
    default: 5,
    label: '予以了结承办时限（工作日）',
    hint: '拟办时按处置方式建议的承办时限，拟办人可以修改（1到60）',
    kind: 'number',
    group: TIPS,
  }),
  holdReviewMonths: setting({
    schema: whole('暂存待查复查期', 1, 24, '个月'),
    default: 6,
    label: '暂存待查复查期（月）',
    hint: '暂存待查的线索，拟办时建议在该月数后复查，作为承办时限（1到24）',
    kind: 'number',
    group: TIPS,
  }),
  reporterRoles: setting({
    schema: roleSet('可查看举报人信息的角色', '请至少选择一个可查看举报人信息的角色'),
    default: [...DEFAULT_REPORTER_ROLES] as Role[],
    label: '可查看举报人信息的角色',
    hint: '所选角色可查看举报人姓名、联系电话、身份证号和通讯地址，每次查看都记入审计日志；其他角色只能看到遮挡后的信息。',
    kind: 'roles',
    group: TIPS,
  }),
  contentRoles: setting({
    schema: roleSet('可查看信访内容的角色', null),
    default: [...DEFAULT_CONTENT_ROLES] as Role[],
    label: '可查看信访内容的角色',
    hint: '反映内容和附件里常有举报人的姓名和联系方式：除可查看举报人信息的角色外，只有所选角色能看到反映内容、按反映内容搜索、打开附件；其他角色只看到问题摘要和标为“不含举报人信息”的附件。',
    kind: 'roles',
    group: TIPS,
  }),
} as const;
