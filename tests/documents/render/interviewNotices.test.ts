// A 函询通知书 and a 谈话记录 as LibreOffice prints them, made through the services: the letter
// drafted from its record and issued (its 文号 in the 版头 above the red line, the title, the
// person through the unit's 主要负责人, the reply deadline sentence, the 成文日期), and the 谈话记录
// of a recorded talk with its three signature lines and their dates to fill in by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, ok, type TestEnv } from '../../helpers/services.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { docxToPdf, pageText, pdfRules, pdfWords, type PdfPage, type PdfRule } from '../../helpers/office.ts';
import { interviewOffice } from '../../interviews/services/office.ts';
import { interviewAt, person } from '../../interviews/services/noticeRecords.ts';
import { bodyWords, find } from './layout.ts';

let letterPages: PdfPage[];
let letterRules: PdfRule[];
let recordPages: PdfPage[];
let names: { person: string; unit: string; chief: string; number: string };

const text = (pages: PdfPage[]) => pages.map((p) => pageText({ ...p, words: bodyWords(p) })).join('');

beforeAll(async () => {
  const env: TestEnv = makeEnv('2026-11-23T09:00:00+08:00');
  try {
    const o = await interviewOffice(env);
    await saveOffice(env, o.admin);
    const staff = person(env, o.staffId);
    const letter = interviewAt(env, o);
    const draft = await ok(env, 'interviews.draftNotice', { id: letter, kind: 'inquiry' }, o.handler);
    const issued = await ok(env, 'interviews.issueNotice', { id: draft.id, version: draft.version }, o.clerk);
    const file = await ok(env, 'docs.download', { id: issued.id }, o.clerk);
    const pdf = docxToPdf(Buffer.from(file.dataBase64, 'base64'));
    letterPages = pdfWords(pdf);
    letterRules = pdfRules(pdf, 1);

    const talk = interviewAt(env, o, { kind: '谈话', recorderUserId: o.checkerId });
    env.db
      .prepare("UPDATE interviews SET status = '待办结', held_date = '2026-11-20', held_time = '09:30', key_points = '指出其在资产出租中未经集体研究的问题。', statement = '本人认识到问题，愿意整改。' WHERE id = ?")
      .run(talk);
    const printed = await ok(env, 'interviews.printRecord', { id: talk }, o.handler);
    recordPages = pdfWords(docxToPdf(Buffer.from(printed.dataBase64, 'base64')));
    names = { person: staff.name, unit: staff.unitName, chief: person(env, o.chiefId).name, number: issued.number ?? '' };
  } finally {
    env.close();
  }
});

function first(pages: PdfPage[]): PdfPage {
  const p = pages[0];
  if (!p) throw new Error('no pages');
  return p;
}

describe('函询通知书 in LibreOffice', () => {
  it('prints its 文号 in the 版头 above the red line, then the title and the 主送', () => {
    expect(names.number).toBe('临纪函〔2026〕1号');
    const page = first(letterPages);
    const number = find(page, '临纪函〔2026〕');
    const line = page.words.filter((w) => Math.abs(w.bottom - number.bottom) < 1).map((w) => w.text).join('');
    expect(line).toBe('临纪函〔2026〕1号');
    const rule = letterRules.find((r) => r.top > number.bottom);
    if (!rule) throw new Error('no line under the 文号');
    const title = find(page, `关于请${names.person}同志`);
    expect(title.top).toBeGreaterThan(rule.bottom);
    expect(find(page, '主要负责人').top).toBeGreaterThan(title.bottom);
  });

  it('says the title, the person through the 主要负责人, the questions and the reply deadline, then the 成文日期', () => {
    const all = text(letterPages);
    const parts = [
      `关于请${names.person}同志就有关问题作出说明的函`,
      `${names.unit}主要负责人${names.chief}同志（转${names.person}同志）：`,
      '反映其在村集体资产出租中未经集体研究即作决定的问题。',
      '请你自收到本通知之日起15个工作日内',
      '经你单位主要负责人签署意见后报送我委。',
      '2026年11月23日',
    ];
    const at = parts.map((p) => {
      const i = all.indexOf(p);
      if (i < 0) throw new Error(`“${p}” not printed: ${all}`);
      return i;
    });
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('谈话记录 in LibreOffice', () => {
  /** The pages' words as one long page (each page's top moved down by the pages before it), so a row split over two pages is still found. */
  const page = (): PdfPage => ({
    ...first(recordPages),
    words: recordPages.flatMap((p, i) => bodyWords(p).map((w) => ({ ...w, top: w.top + i * 1000, bottom: w.bottom + i * 1000 }))),
  });
  /** The value printed on the label's row, to its right. */
  function onRow(labelText: string, valueText: string): void {
    const l = find(page(), labelText);
    const v = page().words.find((w) => w.text.includes(valueText) && w.left > l.right && Math.abs(w.top - l.top) < 6);
    if (!v) throw new Error(`“${valueText}” not on the row of “${labelText}”: ${pageText(page())}`);
  }

  it('has its title first, the facts of the talk each on its row', () => {
    expect(page().words[0]?.text).toBe('谈话记录');
    onRow('谈话对象', names.person);
    onRow('单位及职务', names.unit);
    onRow('地点', '县纪委第一谈话室');
    onRow('谈话人', '测试监督检查室');
    onRow('谈话要点', '指出其在资产出租中未经集体研究的问题。');
    onRow('本人陈述', '本人认识到问题，愿意整改。');
    expect(text(recordPages)).toContain('2026年11月20日');
    expect(text(recordPages)).toContain('09:30');
    expect(text(recordPages)).toContain('反映其在村集体资产出租中未经集体研究即作决定的问题。');
  });

  it('ends with the signature lines of the interviewers, the recorder and the interviewee, each with 年 月 日 to fill in', () => {
    const labels = ['谈话人（签字）', '记录人（签字）', '谈话对象（签字）'].map((t) => find(page(), t));
    expect(labels.map((l) => l.top)).toEqual([...labels.map((l) => l.top)].sort((a, b) => a - b));
    expect(labels[0]!.top).toBeGreaterThan(find(page(), '本人陈述').top);
    for (const l of labels) {
      const year = page().words.find((w) => w.text.startsWith('年') && w.left > l.right && Math.abs(w.top - l.top) < 10);
      if (!year) throw new Error(`no 年 月 日 on the row of “${l.text}”`);
    }
  });
});
