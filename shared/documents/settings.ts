// The documents domain's settings: the 文号 format of each kind of 公文 (the notices of talks and
// letters too), and how long a 预警告知书
// gives the unit to put things right unless the clerk says otherwise.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { numberFormatProblem } from './numbers.ts';

const DOCUMENTS = '公文';

function numberFormat(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(30, `${label}不能超过30个字`)
    .superRefine((v, ctx) => {
      const problem = numberFormatProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}：${problem}` });
    })
    // Optional on the wire: callers that predate it send the other settings only.
    .optional();
}

/** 临纪发〔2026〕5号. */
export const DEFAULT_NOTICE_NUMBER_FORMAT = '{简称}发〔{年}〕{号}号';
/** 临纪预告〔2026〕5号. */
export const DEFAULT_WARNING_NUMBER_FORMAT = '{简称}预告〔{年}〕{号}号';
/** 临纪函〔2026〕5号: 函询通知书. */
export const DEFAULT_INQUIRY_NUMBER_FORMAT = '{简称}函〔{年}〕{号}号';
/** 临纪委谈〔2026〕5号: 委托谈话通知书. */
export const DEFAULT_ENTRUST_NUMBER_FORMAT = '{简称}委谈〔{年}〕{号}号';
/** 临纪谈〔2026〕5号: 谈话通知. */
export const DEFAULT_TALK_NOTICE_NUMBER_FORMAT = '{简称}谈〔{年}〕{号}号';
/** 临纪预建〔2027〕1号: 预警建议书. */
export const DEFAULT_ADVICE_NUMBER_FORMAT = '{简称}预建〔{年}〕{号}号';
/** A 预警告知书's 整改时限: 30 days after its 成文日期 unless the clerk changes it. */
export const DEFAULT_WARNING_DEADLINE_DAYS = 30;

export const documentSettings = {
  noticeNumberFormat: setting({
    schema: numberFormat('通知的文号格式'),
    default: DEFAULT_NOTICE_NUMBER_FORMAT,
    label: '通知的文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪发〔2026〕5号”',
    kind: 'text',
    group: DOCUMENTS,
  }),
  warningNumberFormat: setting({
    schema: numberFormat('预警告知书的文号格式'),
    default: DEFAULT_WARNING_NUMBER_FORMAT,
    label: '预警告知书的文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪预告〔2026〕5号”；与通知分别编号',
    kind: 'text',
    group: DOCUMENTS,
  }),
  warningDeadlineDays: setting({
    schema: z
      .int({ error: '预警告知书默认整改期限应为整数' })
      .min(1, '预警告知书默认整改期限为1到365天')
      .max(365, '预警告知书默认整改期限为1到365天')
      // Optional on the wire: callers that predate it send the other settings only.
      .optional(),
    default: DEFAULT_WARNING_DEADLINE_DAYS,
    label: '预警告知书默认整改期限（天）',
    hint: '拟制预警告知书时，整改时限预填为成文日期后该天数（自然日，1到365），可逐份修改',
    kind: 'number',
    group: DOCUMENTS,
  }),
  inquiryNumberFormat: setting({
    schema: numberFormat('函询通知书文号格式'),
    default: DEFAULT_INQUIRY_NUMBER_FORMAT,
    label: '函询通知书文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪函〔2026〕5号”；单独编号',
    kind: 'text',
    group: DOCUMENTS,
  }),
  entrustNumberFormat: setting({
    schema: numberFormat('委托谈话通知书文号格式'),
    default: DEFAULT_ENTRUST_NUMBER_FORMAT,
    label: '委托谈话通知书文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪委谈〔2026〕5号”；单独编号',
    kind: 'text',
    group: DOCUMENTS,
  }),
  talkNoticeNumberFormat: setting({
    schema: numberFormat('谈话通知文号格式'),
    default: DEFAULT_TALK_NOTICE_NUMBER_FORMAT,
    label: '谈话通知文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪谈〔2026〕5号”；单独编号',
    kind: 'text',
    group: DOCUMENTS,
  }),
  adviceNumberFormat: setting({
    schema: numberFormat('预警建议书的文号格式'),
    default: DEFAULT_ADVICE_NUMBER_FORMAT,
    label: '预警建议书的文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪预建〔2027〕1号”；单独编号，同批印发的建议书文号连续',
    kind: 'text',
    group: DOCUMENTS,
  }),
} as const;
