// The documents section of `npm run bench`: a dispatch register of BENCH_DOCUMENTS issued 公文 over
// five years (filled directly, one frozen file shared), its pages and a search through docs.list
// beside the bare SQL for the same page, then the engine's render time per kind and docs.issue
// one at a time and twenty at once (each renders its .docx before its transaction).
import { createHash } from 'node:crypto';
import type { Db } from '../db/types.ts';
import { insertDraft, markIssued } from '../db/repos/documents/documents.ts';
import { putDocumentFile } from '../db/repos/documents/files.ts';
import { renderDocx } from '../electron/services/documents/engine/render.ts';
import { buildNotice } from '../electron/services/documents/builders/notice.ts';
import { buildTipRegisterForm } from '../electron/services/documents/builders/tipRegisterForm.ts';
import { DEMO_OFFICE } from '../electron/services/core/demoOffice.ts';
import { docOffice } from '../electron/services/documents/compose.ts';
import type { NoticeFields } from '../shared/documents/register.ts';
import type { BareQuery } from './bare.ts';
import { fmt, median } from './format.ts';

export const BENCH_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 5000);

export function benchNotice(date: string, n: number): NoticeFields {
  return {
    title: `关于开展第${n}项廉政专项检查工作的通知`,
    recipients: '各镇（街道）纪（工）委，县直各单位纪检组织',
    body: '为进一步落实党风廉政建设责任制，现将有关事项通知如下：\n一、检查内容\n各单位党风廉政建设责任制落实情况。\n二、工作要求\n各单位要高度重视，如实报送。',
    attachments: ['检查情况统计表'],
    date,
    copyTo: '县委办公室',
  };
}

/** Issued 通知 spread over the five years before `today`, numbered per year; returns how many. */
export function fillRegister(db: Db, n: number, userId: number, today: string, at: string): number {
  const bytes = Buffer.from('bench frozen file');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const year = Number(today.slice(0, 4));
  db.transaction(() => {
    putDocumentFile(db, sha256, bytes);
    const serials = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const y = year - (i % 5);
      const serial = (serials.get(y) ?? 0) + 1;
      serials.set(y, serial);
      const month = String((serial % 12) + 1).padStart(2, '0');
      const date = y === year ? `${y}-01-${String((serial % 28) + 1).padStart(2, '0')}` : `${y}-${month}-15`;
      const fields = benchNotice(date, i + 1);
      const id = insertDraft(db, { kind: 'notice', title: fields.title, recipients: fields.recipients, fields, date, source: null, replacesId: null, at, userId });
      markIssued(db, id, 0, { year: y, serial, number: `临纪发〔${y}〕${serial}号`, sha256, at: `${date}T02:00:00.000Z`, userId });
    }
  })();
  return n;
}

/** The register's first page, newest first (docs.list's default order), with its total. */
export function bareRegister(pageSize: number): BareQuery {
  return {
    page: { sql: "SELECT id FROM documents d ORDER BY d.issued_at DESC NULLS FIRST, d.id DESC LIMIT ?", params: [pageSize] },
    count: { sql: 'SELECT count(*) AS n FROM documents', params: [] },
  };
}

/** A search over 文号, 标题 and 主送 (docs.list's q), newest first. */
export function bareRegisterSearch(q: string, pageSize: number): BareQuery {
  const where = "WHERE (instr(coalesce(d.number, ''), ?) > 0 OR instr(d.title, ?) > 0 OR instr(d.recipients, ?) > 0)";
  return {
    page: { sql: `SELECT id FROM documents d ${where} ORDER BY d.issued_at DESC NULLS FIRST, d.id DESC LIMIT ?`, params: [q, q, q, pageSize] },
    count: { sql: `SELECT count(*) AS n FROM documents d ${where}`, params: [q, q, q] },
  };
}

/** The engine alone: median ms to render each kind (runs times), and the file's size. */
export async function renderFigures(runs: number, today: string): Promise<Array<{ label: string; ms: number; bytes: number }>> {
  const office = docOffice({ ...DEMO_OFFICE, saved: true });
  const notice = () => buildNotice({ number: `临纪发〔${today.slice(0, 4)}〕8号`, ...benchNotice(today, 8), copyTo: ['县委办公室'] }, office);
  const form = () =>
    buildTipRegisterForm(
      {
        code: 'XF-2026-0042', receivedDate: today, channel: '来信', mode: '实名', reporter: { name: '张*', phone: '138****5678', idNumber: '3302**********1234', address: '临江县****' },
        reporterMasked: true, subjects: [{ name: '王某某', unit: '河口镇新洲村', post: '村委会主任' }], subjectUnit: '', category: '廉洁纪律',
        summary: '反映村委会主任违规发放补偿款问题', content: '举报人反映，该村在土地征收补偿款发放过程中虚报冒领。', attachmentCount: 1, registeredBy: '周文静', registeredAt: today,
      },
      office,
    );
  const out: Array<{ label: string; ms: number; bytes: number }> = [];
  for (const [label, make] of [['renderDocx 通知 (1 page)', notice], ['renderDocx 信访举报登记表', form]] as const) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      bytes = (await renderDocx(make(), { author: office.organs[0] ?? '', title: label })).length;
      times.push(performance.now() - start);
    }
    out.push({ label, ms: median(times), bytes });
  }
  return out;
}

export function renderLine(f: { label: string; ms: number; bytes: number }): string {
  return `${f.label}: median ${fmt(f.ms)} ms, ${Math.round(f.bytes / 1024)} KiB`;
}
