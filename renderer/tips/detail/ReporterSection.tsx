// 反映人: masked for everyone (张*, 138****5678). A role granted the right may deliberately
// reveal the identity; the service records each reveal in the audit log.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import type { ReporterInfo, TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { InfoList, Section } from '../../kit/Section.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export function ReporterSection({ tip }: { tip: TipDetail }) {
  const [revealed, setRevealed] = useState<ReporterInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (tip.mode === '匿名') {
    return (
      <Section title="反映人">
        <InfoList items={[['反映方式', '匿名'], ['查询码', tip.hasQueryCode ? '已发给反映人（系统不显示）' : '无']]} />
      </Section>
    );
  }

  const reveal = () => {
    setBusy(true);
    setError(null);
    api
      .call('tips.revealReporter', { id: tip.id })
      .then(setRevealed)
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  const shown = revealed ?? tip.reporter;
  const actions = revealed ? (
    <Button size="small" onClick={() => setRevealed(null)}>
      隐藏举报人信息
    </Button>
  ) : tip.canRevealReporter ? (
    <Button size="small" variant="outlined" startIcon={<VisibilityIcon />} onClick={reveal} disabled={busy}>
      显示举报人信息
    </Button>
  ) : null;

  return (
    <Section title="反映人" actions={actions}>
      <ErrorAlert error={error} sx={{ mb: 1 }} />
      <InfoList
        items={[
          ['反映人姓名', shown.name],
          ['联系电话', shown.phone],
          ['身份证号', shown.idNumber],
          ['通讯地址', shown.address],
        ]}
      />
      {revealed ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          正在显示举报人信息。本次查看已记入审计日志；请勿向无关人员透露。
        </Alert>
      ) : (
        <Alert severity="info" icon={false} sx={{ mt: 1, py: 0 }}>
          举报人信息受保护，已隐去部分内容。
        </Alert>
      )}
    </Section>
  );
}
