// A 预警告知书 seen from rectification: its items and how far each has come, and the unit's
// written 整改情况报告 recorded against it.
import { z } from '../kernel/zod.ts';
import { dateField, fileField, idField, textField } from '../kernel/common.ts';
import type { RectRow } from './items.ts';

export const noticeIdInput = z.strictObject({ documentId: idField('预警告知书') });

/** The unit's 整改情况报告 as received (date, what it says, the scan). */
export const noticeReportInput = z.strictObject({
  documentId: idField('预警告知书'),
  date: dateField('报告日期'),
  text: textField('报告摘要', 2000, true),
  file: fileField.nullable().default(null),
});

export interface NoticeReport {
  id: number;
  date: string;
  text: string;
  file: { id: number; fileName: string; size: number; sha256: string } | null;
  byName: string;
  at: string;
}

export interface NoticeRectView {
  documentId: number;
  /** 文号 (issued) and title. */
  number: string;
  title: string;
  unitId: number;
  unitName: string;
  /** The notice's 整改时限 and 成文日期. */
  deadline: string;
  date: string;
  /** When this notice is a correction (更正): the first notice, whose items and reports these are. */
  original: { id: number; number: string } | null;
  items: RectRow[];
  reports: NoticeReport[];
  /** Items per status, and open items overdue. */
  closed: number;
  open: number;
  overdue: number;
}
