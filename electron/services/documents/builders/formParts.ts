// What the three tip forms share and nothing more: the subtitle naming the office, how a date and
// the people reported on are printed, a label cell. Each form lays out its own table.
import type { DocCell, DocOffice } from '../../../../shared/documents/spec.ts';
import type { FormSubject } from '../../../../shared/documents/forms.ts';
import { officialDate } from '../../../../shared/documents/dates.ts';

/** "编号：… 制表单位：…" under a form's title. */
export function formSubtitle(code: string, office: DocOffice): string {
  return `编号：${code}　　制表单位：${office.organs[0] ?? office.printer}`;
}

/** An ISO date as 2026年11月5日; a date-time keeps its time (2026年11月5日 09:30); empty stays empty. */
export function formDate(value: string): string {
  if (value.trim() === '') return '';
  const [day, time] = value.split(/[ T]/);
  const date = officialDate(day ?? '');
  return time ? `${date} ${time.slice(0, 5)}` : date;
}

/** 被反映人, one a line: 姓名（单位 职务）. */
export function subjectsText(subjects: FormSubject[]): string {
  if (subjects.length === 0) return '—';
  return subjects
    .map((s) => {
      const where = [s.unit, s.post].filter((x) => x && x.trim() !== '').join(' ');
      return where ? `${s.name}（${where}）` : s.name;
    })
    .join('\n');
}

export function label(text: string, extra: Partial<DocCell> = {}): DocCell {
  return { text, bold: true, align: 'center', ...extra };
}

export function value(text: string, extra: Partial<DocCell> = {}): DocCell {
  return { text, ...extra };
}
