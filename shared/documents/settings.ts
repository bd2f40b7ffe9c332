// The documents domain's settings: the 文号 format of each kind of 公文.
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

export const documentSettings = {
  noticeNumberFormat: setting({
    schema: numberFormat('通知的文号格式'),
    default: DEFAULT_NOTICE_NUMBER_FORMAT,
    label: '通知的文号格式',
    hint: '{简称}为机关信息中的发文字号简称，{年}为年份，{号}为当年顺序号，如“临纪发〔2026〕5号”',
    kind: 'text',
    group: DOCUMENTS,
  }),
} as const;
