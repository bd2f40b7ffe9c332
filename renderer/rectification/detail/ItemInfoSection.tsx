// 基本信息 of an item: where it came from (the 预警告知书 or the tip, linked), the unit, the
// problem, who is responsible, the deadline in force (and the original), how far it has come,
// and 屡查屡犯 both ways (the closed item it repeats; later items repeating it).
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { noticePath, rectPath } from '../common/rectRoute.ts';
import { deadlineText, RectStatusChip } from '../common/RectChips.tsx';
import { InfoList, Section, type InfoItem } from '../../kit/Section.tsx';

function SourceLink({ item }: { item: RectDetail }) {
  if (item.sourceDocument) {
    return (
      <Link href={`#${noticePath(item.sourceDocument.id)}`} underline="hover">
        {item.source} {item.sourceDocument.number}
      </Link>
    );
  }
  if (item.sourceTip) {
    return (
      <Link href={`#/tips/${item.sourceTip.id}`} underline="hover">
        {item.source} {item.sourceTip.number}
      </Link>
    );
  }
  return <>{item.source}</>;
}

const personText = (p: RectDetail['leader']): string => (p ? [p.name, p.post].filter(Boolean).join('（') + (p.post ? '）' : '') : '');

export function ItemInfoSection({ item }: { item: RectDetail }) {
  const items: InfoItem[] = [
    ['问题来源', <SourceLink key="s" item={item} />],
    ['来源说明', item.sourceRef],
    ['单位', item.unitName],
    ['问题类别', item.category],
    ['责任领导', personText(item.leader)],
    ['责任人', personText(item.owner)],
    ['整改时限', deadlineText(item.deadline, item.deadlineOriginal)],
    ['完成比例', `${item.percent}%`],
    ['联系干部', item.liaisonName],
    ['销号日期', item.closedOn ?? ''],
    ['问题描述', item.problem, true],
    ['最新进展', item.latestProgress, true],
    ['备注', item.remarks, true],
  ];
  if (item.recurrenceOf) {
    items.push([
      '屡查屡犯',
      <span key="r">
        原事项{' '}
        <Link href={`#${rectPath(item.recurrenceOf.id)}`} underline="hover">
          {item.recurrenceOf.number}
        </Link>
      </span>,
      true,
    ]);
  }
  if (item.recurrences.length > 0) {
    items.push([
      '再次出现',
      <Stack key="rs" direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {item.recurrences.map((r) => (
          <span key={r.id}>
            <Link href={`#${rectPath(r.id)}`} underline="hover">
              {r.number}
            </Link>{' '}
            <RectStatusChip status={r.status} />
          </span>
        ))}
      </Stack>,
      true,
    ]);
  }
  return (
    <Section title="基本信息">
      <InfoList items={items} />
    </Section>
  );
}
