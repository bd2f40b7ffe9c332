// What the register keeps of a document, above its fields or its pages: 文号, 主送机关, 成文日期,
// 拟稿人, 印发人 and 印发时间, 预警对象单位 (a 预警告知书's or 预警建议书's unit), 来源 (a notice's
// talk or letter — with a link to its page —, or the 廉情指数 result a consequence drafted it from),
// 更正, 文件校验值.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { madeByConsequence, type DocDetail } from '../../../shared/documents/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { correctionText } from '../common/DocStatusChip.tsx';
import { interviewPath } from '../common/docRoute.ts';
import { useUnitName } from '../common/useUnitName.ts';

export function Facts({ doc }: { doc: DocDetail }) {
  const correction = correctionText(doc);
  const unitId = doc.kind === 'warning' || doc.kind === 'advice' ? doc.fields.unitId : null;
  const unitName = useUnitName(unitId, doc.source);
  const rows: Array<[string, string]> = [
    ['文号', doc.number ?? '（印发时生成）'],
    ['主送机关', doc.recipients],
    ['成文日期', doc.date ?? ''],
    ['拟稿人', doc.createdByName],
  ];
  if (doc.kind === 'warning') rows.push(['整改时限', doc.fields.deadline]);
  if (doc.issuedAt) rows.push(['印发人', doc.issuedByName ?? ''], ['印发时间', formatTimestamp(doc.issuedAt)]);
  if (unitId !== null) rows.push(['预警对象单位', unitName ?? '']);
  if (doc.source?.type === 'interview') rows.push(['谈话函询', doc.source.label]);
  else if (doc.source && doc.source.type !== 'unit') rows.push([madeByConsequence(doc) ? '廉情指数结果' : '来源', doc.source.label]);
  if (correction) rows.push(['更正', correction]);
  if (doc.sha256) rows.push(['文件校验值', doc.sha256]);
  return (
    <>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 1.5 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" aria-label={label} sx={{ m: 0, wordBreak: 'break-all', fontFamily: label === '文件校验值' ? 'monospace' : undefined }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {doc.source?.type === 'interview' ? (
        <Typography sx={{ mb: 1.5 }}>
          <Link component={RouterLink} to={interviewPath(doc.source.id)}>
            查看谈话函询
          </Link>
        </Typography>
      ) : null}
    </>
  );
}
