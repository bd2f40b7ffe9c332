// 登记: the registration input (reporter, people reported, units, categories), its result, and repeat candidates.
import { dateField, enumField, idField, lineField, nameField, textField } from '../kernel/common.ts';
import { idNumberProblem } from '../kernel/idcard.ts';
import { phoneProblem } from '../kernel/phone.ts';
import { z } from '../kernel/zod.ts';
import { PERSON_CATEGORIES } from '../registry/index.ts';
import { REPORT_MODES, TIP_CATEGORIES, TIP_CHANNELS, type TipStatus } from './enums.ts';


const reporterInput = z.strictObject({
  name: z.union([nameField('反映人姓名', 30), z.literal('')]).default(''),
  phone: lineField('联系电话', 40).default(''),
  idNumber: lineField('身份证号', 30).default(''),
  address: lineField('通讯地址', 100).default(''),
});
export type ReporterInput = z.output<typeof reporterInput>;

const reportedPersonInput = z.strictObject({
  /** A person of the registry, or null when typed by hand. */
  personId: idField('被反映人').nullable().default(null),
  name: nameField('被反映人姓名', 30),
  /** The person's unit in the registry, if known. */
  unitId: idField('被反映人单位').nullable().default(null),
  unitName: lineField('被反映人单位', 60).default(''),
  post: lineField('被反映人职务', 40).default(''),
  category: enumField('身份类别', PERSON_CATEGORIES).default('一般干部'),
});
export type ReportedPersonInput = z.output<typeof reportedPersonInput>;

export const tipRegisterInput = z
  .strictObject({
    receivedDate: dateField('收件日期'),
    channel: enumField('来源渠道', TIP_CHANNELS),
    mode: enumField('反映方式', REPORT_MODES),
    reporter: reporterInput.default({ name: '', phone: '', idNumber: '', address: '' }),
    people: z.array(reportedPersonInput, { error: '被反映人无效' }).max(20, '被反映人最多20人').default([]),
    unitIds: z.array(idField('被反映单位'), { error: '被反映单位无效' }).max(20, '被反映单位最多20个').default([]),
    categories: z
      .array(enumField('问题类别', TIP_CATEGORIES), { error: '请选择问题类别' })
      .min(1, '请选择问题类别（可多选）')
      .max(TIP_CATEGORIES.length, '问题类别无效'),
    summary: textField('问题摘要', 200, true),
    content: textField('反映内容', 20_000, true),
    /** Link as 重复件 of this earlier tip. */
    repeatOf: idField('重复件所属的原件').nullable().default(null),
    /** Suggested earlier tips the clerk looked at and judged not the same matter. */
    dismissedRepeats: z.array(idField('已排除的相似件')).max(50, '已排除的相似件过多').default([]),
  })
  .superRefine((v, ctx) => {
    const r = v.reporter;
    if (v.mode === '实名') {
      if (!r.name) ctx.addIssue({ code: 'custom', path: ['reporter', 'name'], message: '实名反映请填写反映人姓名' });
      if (!r.phone && !r.address) {
        ctx.addIssue({ code: 'custom', path: ['reporter', 'phone'], message: '实名反映请至少填写联系电话或通讯地址，以便反馈' });
      }
    } else if (r.name || r.phone || r.idNumber || r.address) {
      ctx.addIssue({ code: 'custom', path: ['reporter', 'name'], message: '匿名反映不填写反映人信息；如留有联系方式，请选择实名' });
    }
    if (r.phone) {
      const problem = phoneProblem(r.phone);
      if (problem) ctx.addIssue({ code: 'custom', path: ['reporter', 'phone'], message: problem });
    }
    if (r.idNumber) {
      // The birth date against today is checked by the service, on its clock.
      const problem = idNumberProblem(r.idNumber);
      if (problem) ctx.addIssue({ code: 'custom', path: ['reporter', 'idNumber'], message: problem });
    }
    if (v.people.length === 0 && v.unitIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: '请至少填写一名被反映人或一个被反映单位' });
    }
    if (new Set(v.categories).size !== v.categories.length) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '问题类别有重复' });
    }
  });
// The phone and ID number are kept as typed (checked on their normalised form, masked from it).
export type TipRegisterInput = z.output<typeof tipRegisterInput>;

export interface TipRegisterResult {
  id: number;
  number: string;
  /** 查询码 for an anonymous reporter, shown once; null for named reports. */
  queryCode: string | null;
}

export const repeatCandidatesInput = z.strictObject({
  people: z.array(z.strictObject({ personId: idField('被反映人').nullable().default(null), name: lineField('被反映人姓名', 30) })).max(20).default([]),
  unitIds: z.array(idField('被反映单位')).max(20).default([]),
  summary: textField('问题摘要', 200).default(''),
  content: textField('反映内容', 20_000).default(''),
  /** The tip itself when asking from its page. */
  excludeId: idField('信访件').nullable().default(null),
});
export type RepeatCandidatesInput = z.output<typeof repeatCandidatesInput>;

export interface RepeatCandidate {
  id: number;
  number: string;
  receivedDate: string;
  summary: string;
  status: TipStatus;
  /** 0–100: higher is more likely the same matter. */
  score: number;
  /** Why it was suggested, e.g. 同一被反映人：张三 · 内容相似 72%. */
  reasons: string[];
  repeatOf: number | null;
}
