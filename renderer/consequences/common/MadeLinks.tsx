// What a consequence made, each a link to its own page: the 公文 (its 文号, or 草稿 — edited,
// previewed and issued in 发文登记), an issued notice's items (3项/已销号1/逾期1 → its 整改情况),
// the talk (number and status → its page), the delivery of a 建议书, the people on a list.
import type { MouseEvent } from 'react';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { documentPath, href, interviewPath, noticeItemsPath } from './routes.ts';
import { itemsText } from './words.ts';

// A link inside a clickable row opens its own page, not the row's.
const own = (e: MouseEvent) => e.stopPropagation();

/** Whether it has made anything yet (a 公文, a talk, a delivery, a list). */
export function madeAnything(row: ConsequenceRow): boolean {
  return row.document !== null || row.interview !== null || row.delivered !== null || row.persons !== null;
}

export function MadeLinks({ row }: { row: ConsequenceRow }) {
  const parts = [];
  if (row.document) {
    parts.push(
      <Link key="doc" href={href(documentPath(row.document.id))} onClick={own} variant="body2">
        {row.document.number ?? '草稿'}
      </Link>,
    );
  }
  if (row.items && row.document) {
    parts.push(
      <Link key="items" href={href(noticeItemsPath(row.document.id))} onClick={own} variant="body2" aria-label={`整改事项 ${itemsText(row.items)}`}>
        {itemsText(row.items)}
      </Link>,
    );
  }
  if (row.interview) {
    parts.push(
      <Link key="talk" href={href(interviewPath(row.interview.id))} onClick={own} variant="body2">
        {`${row.interview.number} ${row.interview.status}`}
      </Link>,
    );
  }
  if (row.delivered) {
    parts.push(
      <Typography key="delivered" variant="body2" component="span">
        已送达 {row.delivered.date}
      </Typography>,
    );
  }
  if (row.persons !== null) {
    parts.push(
      <Typography key="persons" variant="body2" component="span">
        名单人员 {row.persons} 人
      </Typography>,
    );
  }
  if (parts.length === 0) return null;
  return <Stack spacing={0.25}>{parts}</Stack>;
}
