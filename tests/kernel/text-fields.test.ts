// The contract's text fields keep what was typed: multi-line texts exactly (line endings as LF),
// single-line values without the spaces around them; limits count characters.
import { describe, expect, it } from 'vitest';
import { fileField, lineField, nameField, textField } from '../../shared/kernel/common.ts';

const LETTER_TYPED = '尊敬的县纪委：\r\n\r\n　　一、城关镇某村工程款（约120万元）被挪用。\r\n此致\r\n敬礼！';
const LETTER_STORED = '尊敬的县纪委：\n\n　　一、城关镇某村工程款（约120万元）被挪用。\n此致\n敬礼！';

function messages(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => i.message);
}

describe('multi-line text', () => {
  const content = textField('反映内容', 100, true);
  it('is stored exactly as typed, line endings as LF', () => {
    expect(content.parse(LETTER_TYPED)).toBe(LETTER_STORED);
    expect(content.parse('  开头的空格、\t制表符和　全角空格都留着  ')).toBe('  开头的空格、\t制表符和　全角空格都留着  ');
  });
  it('refuses a required text of white space only, and names the field', () => {
    expect(messages(content.safeParse(' \n　'))).toEqual(['请填写反映内容']);
    expect(textField('拟办意见', 10).parse('')).toBe('');
  });
  it('counts its limit in characters', () => {
    const summary = textField('问题摘要', 3);
    expect(summary.parse('龘😀a')).toBe('龘😀a');
    expect(messages(summary.safeParse('龘😀ab'))).toEqual(['问题摘要不能超过3个字']);
  });
  it('refuses control characters', () => {
    expect(messages(content.safeParse('a\u0007b'))).toEqual(['反映内容含有不可见的控制字符，请重新输入']);
  });
});

describe('single-line value', () => {
  it('loses only the spaces before and after it', () => {
    expect(nameField('姓名', 30).parse('  张  三　')).toBe('张  三');
    expect(lineField('通讯地址', 100).parse(' 城关镇人民路８号（东门） ')).toBe('城关镇人民路８号（东门）');
  });
  it('refuses a line break, and an empty required value', () => {
    expect(messages(nameField('姓名', 30).safeParse('张\n三'))).toEqual(['姓名只能填写一行，请去掉换行']);
    expect(messages(nameField('姓名', 30).safeParse('　 '))).toEqual(['请填写姓名']);
    expect(lineField('职务', 40).parse('')).toBe('');
  });
});

describe('characters that show nothing or turn the text around', () => {
  const name = nameField('姓名', 20);
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u200f', '\u061c', '\u00ad', '\u3164'];
  it('are refused in names, one-line values and file names, naming the field', () => {
    for (const c of INVISIBLE) {
      expect(messages(name.safeParse(`张${c}三`)), JSON.stringify(c)).toEqual(['姓名含有不可见的字符（如零宽字符或文字方向控制符），请删除后重新输入']);
      expect(messages(lineField('职务', 20).safeParse(`科${c}员`))).toEqual(['职务含有不可见的字符（如零宽字符或文字方向控制符），请删除后重新输入']);
      expect(messages(fileField.safeParse({ fileName: `invoice${c}gpj.txt`, dataBase64: 'QQ==' }))).toEqual(['文件名含有不可见的字符（如零宽字符或文字方向控制符），请重命名文件后再上传']);
    }
  });
  it('leave names people really have alone: the middle dot, rare characters, Latin letters', () => {
    for (const ok of ['阿依古丽·买买提', '𠮷田', '王珺', 'Anna Li', '欧阳娜娜']) expect(name.parse(ok)).toBe(ok);
    expect(fileField.parse({ fileName: '举报信（扫描件）.pdf', dataBase64: 'QQ==' }).fileName).toBe('举报信（扫描件）.pdf');
  });
  it('are kept in a letter\'s text, as typed', () => {
    expect(textField('反映内容', 100).parse('甲\u200b乙')).toBe('甲\u200b乙');
  });
});
