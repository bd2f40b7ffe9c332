// The office's profile (机关信息): who the office is on everything it prints — the 公文's 版头 and
// 署名, the forms, the query-code slip, every Excel title (制表单位) and the files' author. Asked of
// the administrator at first start (and once on an older database) until saved; editable by the
// administrator afterwards.
import { z } from '../kernel/zod.ts';
import { lineField, nameField, textField } from '../kernel/common.ts';
import { charCount, isBlank } from '../kernel/text.ts';

/** 简称 for 文号: Chinese characters only (临纪), as it stands before the kind's own word and 〔年〕. */
const ABBREVIATION = /^[\u4e00-\u9fff]{1,8}$/u;

export const officeProfileInput = z.strictObject({
  /** 机关全称: one organ, or two issuing jointly (纪委 and 监委). */
  organs: z
    .array(nameField('机关全称', 40), { error: '请填写机关全称' })
    .min(1, '请填写机关全称')
    .max(2, '机关全称最多两个（联合发文的纪委和监委）')
    .refine((names) => new Set(names).size === names.length, '两个机关全称不能相同'),
  /** 发文机关标志: the red line(s) at the top of a 公文; one line per organ when joint. */
  mark: textField('发文机关标志', 80, true).refine(
    (v) => v.split('\n').filter((l) => !isBlank(l)).length <= 2 && v.split('\n').every((l) => charCount(l) <= 20),
    '发文机关标志最多两行，每行不超过20个字',
  ),
  abbreviation: lineField('发文字号简称', 8, true).refine((v) => ABBREVIATION.test(v), '发文字号简称只能是1到8个汉字，如“临纪”'),
  /** 印发机关 in the 版记 (usually the office's 办公室). */
  printer: nameField('印发机关', 40),
  address: lineField('通讯地址', 60),
  phone: lineField('联系电话', 30),
});

export type OfficeProfileInput = z.output<typeof officeProfileInput>;

export interface OfficeProfile extends OfficeProfileInput {
  /** False until an administrator has saved it (then the fields are empty). */
  saved: boolean;
}

export const EMPTY_OFFICE_PROFILE: OfficeProfile = { organs: [], mark: '', abbreviation: '', printer: '', address: '', phone: '', saved: false };

/** What an unsaved profile makes the person do before anything with the office's name is printed. */
export const OFFICE_PROFILE_MISSING = '尚未填写机关信息（机关全称、发文机关标志等）：请系统管理员在“机关信息”中填写后再生成文书';

/** 制表单位 of a table (the organs' names joined), or empty when not saved. */
export function officeMaker(profile: OfficeProfile): string {
  return profile.organs.join('　');
}
