// What is on record about a talk or letter, section by section: 基本信息 (the person, the cause
// linked to its record, when and where, who holds it, the notice issued), 谈话记录, 函询, 结果 and
// 抽查核实. Content a role may not read shows 无权查看内容.
import { useState } from 'react';
import Link from '@mui/material/Link';
import type { InterviewDetail } from '../../../shared/interviews/index.ts';
import { InfoList, Section, type InfoItem } from '../../kit/Section.tsx';
import { PersonEventsDialog } from '../../registry/index.ts';

export const HIDDEN = '无权查看内容';

/** The content when the caller may read it, else 无权查看内容. */
export const content = (item: InterviewDetail, text: string | null): string => (item.contentVisible ? (text ?? '') : HIDDEN);

function CauseLink({ item }: { item: InterviewDetail }) {
  const { cause } = item;
  const href =
    cause.tipId !== null ? `#/tips/${cause.tipId}` : cause.rectItemId !== null ? `#/rectification/${cause.rectItemId}` : cause.documentId !== null ? `#/documents/${cause.documentId}` : null;
  const named = href ? (
    <Link href={href} underline="hover">
      {cause.label}
    </Link>
  ) : (
    <>{cause.label || cause.kind}</>
  );
  return (
    <span>
      {named}
      {href && cause.text ? `：${cause.text}` : null}
    </span>
  );
}

function NoticeLink({ item }: { item: InterviewDetail }) {
  if (!item.notice) return null;
  return (
    <Link href={`#/documents/${item.notice.id}`} underline="hover">
      {item.notice.number ?? `${item.notice.title}（草稿）`}
    </Link>
  );
}

export function BasicInfoSection({ item }: { item: InterviewDetail }) {
  const [events, setEvents] = useState(false);
  const talk = item.kind === '谈话';
  const person = (
    <span>
      {item.personName}{' '}
      <Link component="button" type="button" variant="body2" underline="hover" onClick={() => setEvents(true)} sx={{ verticalAlign: 'baseline' }}>
        处理记录
      </Link>
    </span>
  );
  const items: InfoItem[] = [
    [talk ? '谈话对象' : '函询对象', person],
    ['单位', item.unitName],
    ['职务', item.post],
    ['身份类别', item.category],
    ['事由', <CauseLink key="c" item={item} />, true],
  ];
  if (talk) {
    items.push(
      ['计划时间', [item.plannedDate, item.plannedTime].filter(Boolean).join(' ')],
      ['地点', item.place],
      ['谈话方式', item.holder],
      ['谈话人', item.holder === '本委' ? item.interviewers.map((u) => u.name).join('、') : item.holderNames],
      ['记录人', item.recorder?.name ?? ''],
    );
  }
  if (item.tip && item.cause.tipId !== item.tip.id) items.push(['信访件', <Link key="t" href={`#/tips/${item.tip.id}`} underline="hover">{item.tip.number}</Link>]);
  items.push([item.kind === '函询' ? '函询通知书' : '通知文号', item.notice ? <NoticeLink key="n" item={item} /> : '']);
  if (item.planId !== null) items.push(['谈话函询方案', '已批准']);
  return (
    <Section title="基本信息">
      <InfoList items={items} />
      {events ? <PersonEventsDialog personId={item.personId} personName={item.personName} onClose={() => setEvents(false)} /> : null}
    </Section>
  );
}

export function TalkRecordSection({ item }: { item: InterviewDetail }) {
  if (item.kind !== '谈话') return null;
  if (item.heldDate === null) return null;
  return (
    <Section title="谈话记录">
      <InfoList
        items={[
          ['谈话日期', item.heldDate],
          ['谈话时间', item.heldTime ?? ''],
          ['谈话要点', content(item, item.keyPoints), true],
          ['本人陈述', content(item, item.statement), true],
        ]}
      />
    </Section>
  );
}

export function LetterSection({ item }: { item: InterviewDetail }) {
  if (item.kind !== '函询') return null;
  const items: InfoItem[] = [
    ['发函日期', item.sentDate ?? ''],
    ['答复期限', item.dueKind === '答复' && item.dueDate ? item.dueDate : ''],
    ['答复日期', item.replyDate ?? ''],
    ['主要负责人签字背书', item.replyDate === null ? '' : item.replyCountersigned ? '已签字背书' : '未签字背书'],
    ['答复内容摘要', item.replyDate === null ? '' : content(item, item.replySummary), true],
    ['评估结论', item.assessment ?? ''],
    ['补充说明次数', item.supplements > 0 ? String(item.supplements) : '0'],
    ['民主生活会', item.meetingDate ? `${item.meetingDate} ${content(item, item.meetingNote)}` : '', true],
  ];
  return (
    <Section title="函询">
      <InfoList items={items} />
    </Section>
  );
}

export function OutcomeSection({ item }: { item: InterviewDetail }) {
  if (item.outcome === null) return null;
  const items: InfoItem[] = [['结果', item.outcome]];
  if (item.kind === '谈话') items.push(['签字日期', item.signedDate ?? '']);
  items.push(['办结日期', item.concludedDate ?? '']);
  if (item.event) items.push(['处理记录', `${item.event.outcome}（${item.event.decidedDate}）`]);
  items.push(['结果说明', content(item, item.outcomeNote), true]);
  return (
    <Section title="结果">
      <InfoList items={items} />
    </Section>
  );
}

export function SpotCheckSection({ item }: { item: InterviewDetail }) {
  const check = item.spotCheck;
  if (!check) return null;
  return (
    <Section title="抽查核实">
      <InfoList
        items={[
          ['抽查批次', String(check.batchId)],
          ['核实结果', check.result ?? '待核实'],
          ['核实日期', check.resultDate ?? ''],
          ['说明', check.note ?? '', true],
        ]}
      />
    </Section>
  );
}
