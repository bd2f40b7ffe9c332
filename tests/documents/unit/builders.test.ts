// Each builder's content: what the form prints for each case of its input.
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../../electron/services/documents/builders/notice.ts';
import { buildTipRegisterForm } from '../../../electron/services/documents/builders/tipRegisterForm.ts';
import { buildTipApprovalForm } from '../../../electron/services/documents/builders/tipApprovalForm.ts';
import { buildTipClosingReport } from '../../../electron/services/documents/builders/tipClosingReport.ts';
import type { DocumentSpec } from '../../../shared/documents/spec.ts';
import { APPROVAL, CLOSING, NOTICE, OFFICE, REGISTER } from '../fixtures.ts';

/** Every text a spec prints, joined. */
function printed(spec: DocumentSpec): string {
  const out: string[] = [spec.title, spec.family === 'form' ? (spec.subtitle ?? '') + (spec.footnote ?? '') : spec.number];
  for (const b of spec.blocks) {
    if (b.type === 'table') out.push(...b.rows.flat().map((c) => c.text));
    else out.push(typeof b.text === 'string' ? b.text : b.text.map((t) => t.text).join(''));
  }
  return out.join('|');
}

describe('通知', () => {
  it('is a 公文 from the clerk’s text, body split into headings and paragraphs', () => {
    const doc = buildNotice(NOTICE, OFFICE);
    expect(doc.family).toBe('official');
    expect(doc.number).toBe('临纪发〔2026〕5号');
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, text: '一、工作目标' });
    expect(doc.blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
    expect(doc.signature).toEqual(OFFICE.organs);
    expect(doc.copyTo).toEqual(['县委办公室', '县政府办公室']);
  });
  it('leaves out blank attachments and 抄送', () => {
    const doc = buildNotice({ ...NOTICE, attachments: ['', ' '], copyTo: [''] }, OFFICE);
    expect(doc.attachments).toEqual([]);
    expect(doc.copyTo).toEqual([]);
  });
});

describe('信访举报登记表', () => {
  it('prints a masked reporter as given, with the note', () => {
    const doc = buildTipRegisterForm(REGISTER, OFFICE);
    const text = printed(doc);
    expect(text).toContain('姓名：张*');
    expect(text).toContain('138****5678');
    expect(text).toContain('身份证号：3301**********1234');
    expect(doc.footnote).toContain('举报人信息已按权限遮蔽');
    expect(doc.subtitle).toBe('编号：LJ-2026-0042　　制表单位：中共临江县纪律检查委员会');
    expect(text).toContain('2026年11月3日 09:30');
  });
  it('prints 匿名 for an anonymous tip, and no masking note', () => {
    const doc = buildTipRegisterForm({ ...REGISTER, reporter: null, reporterMasked: false }, OFFICE);
    expect(printed(doc)).toContain('|匿名|');
    expect(printed(doc)).not.toContain('姓名：');
    expect(doc.footnote).toBeUndefined();
  });
  it('prints （无权查看） for a hidden content', () => {
    expect(printed(buildTipRegisterForm({ ...REGISTER, content: null }, OFFICE))).toContain('（无权查看）');
    expect(printed(buildTipRegisterForm(REGISTER, OFFICE))).toContain(REGISTER.content ?? '');
  });
  it('lists every person reported on', () => {
    expect(printed(buildTipRegisterForm(REGISTER, OFFICE))).toContain('李四（临江县自然资源局 科长）\n王五（临江县自然资源局）');
  });
});

describe('问题线索处置审批表', () => {
  it('leaves blank cells to sign by hand when not approved', () => {
    const text = printed(buildTipApprovalForm(APPROVAL, OFFICE));
    expect(text).toContain('□ 批准　　□ 退回');
    expect(text).toContain('签字：');
    expect(text).toContain('初步核实');
    expect(text).toContain('2026年12月3日');
  });
  it('prints the decision once approved', () => {
    const doc = buildTipApprovalForm({ ...APPROVAL, approval: { decision: '批准', opinion: '同意。', by: '周九', date: '2026-11-05' } }, OFFICE);
    const text = printed(doc);
    expect(text).toContain('|批准|');
    expect(text).toContain('周九');
    expect(text).not.toContain('□ 批准');
  });
  it('adds the 延期 rows when there are some, none otherwise', () => {
    expect(printed(buildTipApprovalForm(APPROVAL, OFFICE))).toContain('需调取银行流水');
    expect(buildTipApprovalForm({ ...APPROVAL, extensions: [] }, OFFICE).blocks).toHaveLength(1);
  });
  it('carries no reporter', () => {
    expect(printed(buildTipApprovalForm(APPROVAL, OFFICE))).not.toMatch(/(?<!被)反映人|举报人/);
  });
});

describe('办结报告', () => {
  it('writes the findings as paragraphs and each person’s 处理 as a table row', () => {
    const doc = buildTipClosingReport(CLOSING, OFFICE);
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toEqual([
      { type: 'paragraph', text: '经核查，李四收受申请人购物卡2张，价值2000元。' },
      { type: 'paragraph', text: '其余反映问题查无实据。' },
    ]);
    const table = doc.blocks.at(-1);
    expect(table?.type === 'table' && table.rows[1]?.map((c) => c.text)).toEqual(['李四', '临江县自然资源局', '党纪处分', '警告', '从轻', '2026年12月18日']);
  });
  it('says 无 when nobody was dealt with', () => {
    const table = buildTipClosingReport({ ...CLOSING, penalties: [] }, OFFICE).blocks.at(-1);
    expect(table?.type === 'table' && table.rows[1]?.[0]?.text).toBe('无');
  });
});
