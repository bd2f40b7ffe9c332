// Many tips fast, for database tests at scale: written through the real repos (rows, parts,
// search index) in one transaction, skipping only the per-tip service checks.
import type { Db } from '../../db/types.ts';
import { insertTip, insertTipParts, nextTipSeq } from '../../db/repos/tips/tips.ts';
import { indexTip } from '../../db/repos/tips/search.ts';
import { TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES, type TipStatus } from '../../shared/tips/enums.ts';
import { addDays } from '../../shared/kernel/workdays.ts';
import { mulberry32, pick as pickOne } from '../../shared/kernel/random.ts';

const SUBJECTS = ['违规发放补贴', '虚报冒领', '公车私用', '收受礼金', '优亲厚友', '工程招投标', '吃拿卡要', '违规兼职', '挪用公款', '滥用职权'];
const PLACES = ['城关镇', '临江街道', '青山乡', '白沙镇', '县交通局', '县住建局', '县自然资源局', '县城投公司'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

export interface BulkTip {
  id: number;
  /** The searched fields apart: number, 问题摘要, the person, place and post (meta) … */
  meta: string[];
  /** … and 反映内容. */
  content: string;
  status: TipStatus;
  dueDate: string | null;
  receivedDate: string;
  personName: string;
  unitId: number;
  channel: string;
  category: string;
  repeatOf: number | null;
}

export function bulkTips(db: Db, n: number, unitIds: readonly number[], seed = 7): BulkTip[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => pickOne(r, xs);
  const out: BulkTip[] = [];
  const now = '2026-11-21T01:00:00.000Z';
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const receivedDate = addDays('2024-01-01', Math.floor(r() * 1050));
      const year = Number(receivedDate.slice(0, 4));
      const seq = nextTipSeq(db, year);
      const person = pick(SURNAMES.split('')) + pick(GIVEN.split('')) + (r() < 0.5 ? pick(GIVEN.split('')) : '');
      const place = pick(PLACES);
      const subject = pick(SUBJECTS);
      const summary = `反映${place}${person}${subject}问题`;
      const content = `来信反映，${place}干部${person}在${receivedDate.slice(0, 4)}年工作中存在${subject}等问题，涉及金额约${Math.floor(r() * 90 + 10)}万元，群众意见较大，请求调查处理。编号${i}。`;
      const status = pick(TIP_STATUSES);
      const dueDate = status === '已归档' || status === '待归档' ? null : addDays('2026-11-21', Math.floor(r() * 60) - 30);
      const unitId = pick(unitIds);
      const channel = pick(TIP_CHANNELS);
      const category = pick(TIP_CATEGORIES);
      const repeatOf = i > 10 && r() < 0.05 ? (out[Math.floor(r() * out.length)]?.id ?? null) : null;
      const number = `XF-${year}-${String(seq).padStart(4, '0')}`;
      const id = insertTip(db, {
        number, year, seq, receivedDate, channel, mode: '匿名', reporter: { name: '', phone: '', idNumber: '', address: '' },
        queryCodeHash: null, summary, content, status, dueDate, repeatOf: null, createdBy: '批量', now,
      });
      if (repeatOf !== null) db.prepare('UPDATE tips SET repeat_of = ? WHERE id = ?').run(repeatOf, id);
      insertTipParts(db, id, [{ personId: null, name: person, unitId, unitName: place, post: '干部', category: '一般干部' }], [unitId], [category]);
      indexTip(db, id, { number, summary, names: [person, place, '干部'], content });
      out.push({ id, meta: [number, summary, person, place, '干部'], content, status, dueDate, receivedDate, personName: person, unitId, channel, category, repeatOf });
    }
  })();
  return out;
}
