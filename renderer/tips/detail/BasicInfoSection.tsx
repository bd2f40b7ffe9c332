// 基本信息 and 办理结果: intake facts, the disposal and handling, the deadline (the original one
// too, once extended) and how the matter ended.
import Typography from '@mui/material/Typography';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { categoriesText } from '../common/categories.ts';
import { DueCell } from '../common/TipChips.tsx';
import { InfoList, Section } from '../../kit/Section.tsx';

export function BasicInfoSection({ tip }: { tip: TipDetail }) {
  const approved = tip.extensions.filter((e) => e.state === '已批准').sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const extendedTo = approved.at(-1)?.newDue;
  const handlingDue = tip.handlingDueOriginal ? `${tip.handlingDueOriginal}${extendedTo ? `（已延期至 ${extendedTo}）` : ''}` : '';
  return (
    <Section title="基本信息">
      <InfoList
        items={[
          ['编号', tip.number],
          ['办理状态', tip.status],
          ['收件日期', tip.receivedDate],
          ['来源渠道', tip.channel],
          ['反映方式', tip.mode],
          [
            '当前环节时限',
            <span key="due">
              <DueCell dueDate={tip.dueDate} dueState={tip.dueState} />
              {tip.calendarNote ? (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                  {tip.calendarNote}
                </Typography>
              ) : null}
            </span>,
          ],
          ['问题类别', categoriesText(tip.categories), true],
          ['问题摘要', tip.summary, true],
          ['处置方式', tip.disposal ?? ''],
          ['承办部门', tip.handlingDept],
          ['承办人', tip.handlerName],
          ['承办时限', handlingDue],
          ['拟办意见', tip.proposalNote, true],
          ['登记人', tip.createdBy],
          ['登记时间', formatTimestamp(tip.createdAt)],
        ]}
      />
    </Section>
  );
}

