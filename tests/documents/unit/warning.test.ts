// 预警告知书: what its builder prints (headings, numbered problems, the closing sentence with the
// 整改时限, nothing about a reporter), the deadline rule the form and the service share, the
// default 整改时限, and its fields' schema.
import { describe, expect, it } from 'vitest';
import { buildWarningNotice } from '../../../electron/services/documents/builders/warningNotice.ts';
import { defaultWarningDeadline, warningDeadlineProblem, warningFieldsInput } from '../../../shared/documents/warning.ts';
import { docCreateInput, docUpdateInput } from '../../../shared/documents/register.ts';
import type { DocBlock } from '../../../shared/documents/spec.ts';
import { OFFICE, WARNING } from '../fixtures.ts';

const textOf = (b: DocBlock) => (b.type === 'table' ? '' : typeof b.text === 'string' ? b.text : b.text.map((t) => t.text).join(''));

describe('buildWarningNotice', () => {
  const doc = buildWarningNotice(WARNING, OFFICE);

  it('is a 公文 to the unit, signed by the office', () => {
    expect(doc.family).toBe('official');
    expect(doc.number).toBe('临纪预告〔2026〕5号');
    expect(doc.recipients).toBe('城关镇党委');
    expect(doc.signature).toEqual(OFFICE.organs);
    expect(doc.date).toBe('2026-11-05');
    expect(doc.copyTo).toEqual(['县委办公室']);
    expect(doc.attachments).toEqual([]);
  });

  it('opens with the 告知事由, then 一、存在的问题 with each problem numbered, its lines kept as paragraphs', () => {
    expect(doc.blocks.map(textOf)).toEqual([
      '近期，我委在日常监督中发现你单位存在以下问题：',
      '一、存在的问题',
      '1.村级财务报销手续不全，部分支出无经办人签字。',
      '2.集体资产台账未及时更新。',
      '部分闲置资产长期无人管理，存在流失风险。',
      '3.“三重一大”事项未经集体研究即作决定。',
      '二、整改要求',
      '（一）立即整改',
      '对上述问题逐项建立整改台账，明确责任人和完成时限。',
      '（二）举一反三',
      '全面排查同类问题，健全财务管理制度。',
      '请你单位于2027年1月5日前将整改情况书面报送我委。',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map(textOf)).toEqual(['一、存在的问题', '二、整改要求']);
    expect(doc.blocks[2]).toEqual({ type: 'paragraph', text: '1.村级财务报销手续不全，部分支出无经办人签字。' });
  });

  it('numbers a problem typed with leading spaces or blank lines as the others', () => {
    const spaced = buildWarningNotice({ ...WARNING, problems: [{ text: '\n　　报销不规范。\n\n' }, { text: '  台账缺失。' }] }, OFFICE);
    expect(spaced.blocks.map(textOf).filter((t) => /^\d\./.test(t))).toEqual(['1.报销不规范。', '2.台账缺失。']);
  });

  it('writes the 整改时限 in Arabic numerals without padding', () => {
    const doc = buildWarningNotice({ ...WARNING, deadline: '2026-12-01' }, OFFICE);
    expect(textOf(doc.blocks.at(-1) as DocBlock)).toBe('请你单位于2026年12月1日前将整改情况书面报送我委。');
  });

  it('prints only what it is given: the problems’ texts, never a reporter', () => {
    const text = doc.blocks.map(textOf).join('|');
    expect(text).not.toMatch(/举报人|反映人|实名|匿名|电话|身份证/);
    // Whatever else a caller passes with a problem stays out.
    const withMore = { ...WARNING, problems: [{ text: '问题一。', reporter: '张三丰', phone: '13812345678' }] };
    expect(JSON.stringify(buildWarningNotice(withMore, OFFICE))).not.toMatch(/张三丰|13812345678/);
  });
});

describe('整改时限', () => {
  it('must fall after the 成文日期', () => {
    expect(warningDeadlineProblem('2026-12-05', '2026-11-05')).toBeNull();
    expect(warningDeadlineProblem('2026-11-05', '2026-11-05')).toBe('整改时限（2026-11-05）应晚于成文日期（2026-11-05），请改为成文日期之后的日期');
    expect(warningDeadlineProblem('2026-11-04', '2026-11-05')).toContain('应晚于成文日期');
    // Not a date yet: the date fields name that themselves.
    expect(warningDeadlineProblem('', '2026-11-05')).toBeNull();
    expect(warningDeadlineProblem('2026-11-04', '2026-02-30')).toBeNull();
  });

  it('defaults to the 成文日期 plus the setting’s calendar days', () => {
    expect(defaultWarningDeadline('2026-12-06', 30)).toBe('2027-01-05');
    expect(defaultWarningDeadline('2028-02-28', 1)).toBe('2028-02-29');
    expect(defaultWarningDeadline('无效日期', 30)).toBe('');
  });
});

const FIELDS = {
  title: '关于城关镇“三资”管理问题的预警告知书',
  unitId: 3,
  recipients: '城关镇党委',
  intro: '近期，我委在日常监督中发现你单位存在以下问题：',
  problems: [{ text: '报销手续不全。', category: '财务管理', tipId: 12 }],
  requirements: '立即整改。',
  deadline: '2026-12-05',
  date: '2026-11-05',
};

function messages(input: unknown): string[] {
  const r = warningFieldsInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('warningFieldsInput', () => {
  it('takes a notice and keeps 抄送 empty when left out', () => {
    const r = warningFieldsInput.parse(FIELDS);
    expect(r.copyTo).toBe('');
    expect(r.problems[0]?.tipId).toBe(12);
  });

  it('names each missing part in Chinese', () => {
    expect(messages({ ...FIELDS, problems: [] })).toEqual(['problems:请至少填写一个问题']);
    expect(messages({ ...FIELDS, unitId: undefined })).toEqual(['unitId:请选择预警对象单位']);
    expect(messages({ ...FIELDS, intro: '  \n ' })).toEqual(['intro:请填写告知事由']);
    expect(messages({ ...FIELDS, requirements: '' })).toEqual(['requirements:请填写整改要求']);
    expect(messages({ ...FIELDS, problems: [{ text: '', category: '' }] })).toEqual(['problems.0.text:请填写问题描述', 'problems.0.category:请填写问题类别']);
    expect(messages({ ...FIELDS, problems: Array.from({ length: 51 }, () => FIELDS.problems[0]) })).toEqual(['problems:问题最多50个']);
    expect(messages({ ...FIELDS, problems: [{ text: '问题', category: '一二三四五六七八九十一二三四五六七八九十一' }] })).toEqual(['problems.0.category:问题类别不能超过20个字']);
  });

  it('refuses a 整改时限 not after the 成文日期, at the 整改时限', () => {
    expect(messages({ ...FIELDS, deadline: '2026-11-05' })).toEqual(['deadline:整改时限（2026-11-05）应晚于成文日期（2026-11-05），请改为成文日期之后的日期']);
  });
});

describe('the register’s inputs by kind', () => {
  it('creates each kind, and refuses another kind in Chinese', () => {
    expect(docCreateInput.parse({ kind: 'warning', fields: FIELDS }).kind).toBe('warning');
    const r = docCreateInput.safeParse({ kind: 'letter', fields: FIELDS });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toBe('请选择文种（通知、预警告知书、函询通知书、委托谈话通知书、谈话通知或预警建议书）');
    // The fields are checked by the kind named.
    expect(docCreateInput.safeParse({ kind: 'notice', fields: FIELDS }).success).toBe(false);
  });

  it('takes a 通知 update without its kind, as before there were two', () => {
    const notice = { title: '通知', recipients: '各单位', body: '正文', date: '2026-11-05' };
    expect(docUpdateInput.parse({ id: 1, version: 0, fields: notice }).kind).toBe('notice');
    expect(docUpdateInput.safeParse({ id: 1, version: 0, fields: FIELDS }).success).toBe(false);
    expect(docUpdateInput.parse({ id: 1, version: 0, kind: 'warning', fields: FIELDS }).kind).toBe('warning');
  });
});
