// 被反映人/单位 and 反映内容.
import Typography from '@mui/material/Typography';
import type { TipDetail, TipPerson } from '../../../shared/tips/ledger.ts';
import { InfoList, Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const PEOPLE_COLUMNS: Column<TipPerson>[] = [
  { header: '姓名', cell: (p) => p.name, width: 100 },
  { header: '单位', cell: (p) => p.unitName || '—' },
  { header: '职务', cell: (p) => p.post || '—' },
  { header: '身份类别', cell: (p) => p.category, width: 110 },
  { header: '人员名册', cell: (p) => (p.personId ? '名册内' : '名册外'), width: 80 },
];

export function SubjectSection({ tip }: { tip: TipDetail }) {
  return (
    <Section title="被反映人/单位">
      <SimpleTable label="被反映人" columns={PEOPLE_COLUMNS} rows={tip.people} rowKey={(p) => p.id} empty="未填写被反映人。" />
      <div style={{ marginTop: 12 }}>
        <InfoList items={[['被反映单位', tip.units.map((u) => u.name).join('、'), true]]} />
      </div>
    </Section>
  );
}

export function ContentSection({ tip }: { tip: TipDetail }) {
  if (tip.contentHidden) {
    return (
      <Section title="反映内容">
        <Typography variant="body2" color="text.secondary" aria-label="反映内容">
          反映内容可能含有举报人信息，您的角色无权查看；请看上方的问题摘要。
        </Typography>
      </Section>
    );
  }
  return (
    <Section title="反映内容">
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} aria-label="反映内容">
        {tip.content}
      </Typography>
    </Section>
  );
}
