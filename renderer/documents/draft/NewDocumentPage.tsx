// 拟制公文 (#/documents/new): the 文种 first (通知 or 预警告知书; ?kind=warning&unit=12 in the
// address chooses both), then that kind's fields; 保存草稿 makes the draft and opens its page.
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { DOC_KINDS, type DocKind } from '../../../shared/documents/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { pickChoice, pickId } from '../../kit/ledger/ledgerParams.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useDocNav } from '../common/docRoute.ts';
import { useWarningDeadlineDays } from '../common/useWarningDeadlineDays.ts';
import { NoticeForm } from './NoticeForm.tsx';
import { WarningForm } from './WarningForm.tsx';
import { newWarningDraft } from './warningDraft.ts';

/** The kinds drafted here; a talk's or letter's notice is drafted from its record (谈话函询). */
const NEW_KINDS = ['notice', 'warning'] as const satisfies readonly DocKind[];
type NewKind = (typeof NEW_KINDS)[number];

interface FormsProps {
  kind: NewKind;
  unitId: number | undefined;
  onCreated(id: number): void;
  /** Told at each render whether the form holds unsaved changes (asked before the 文种 changes). */
  dirtyRef: { current: boolean };
}

function saveButton(busy: boolean, dirty: boolean, dirtyRef: { current: boolean }) {
  dirtyRef.current = dirty;
  return (
    <Button type="submit" variant="contained" disabled={busy}>
      保存草稿
    </Button>
  );
}

function NewNotice({ onCreated, dirtyRef }: Omit<FormsProps, 'kind' | 'unitId'>) {
  const today = useToday();
  return (
    <NoticeForm
      initial={{ title: '', recipients: '', body: '', attachments: [], date: today, copyTo: '' }}
      save={(fields) => api.call('docs.createDraft', { kind: 'notice', fields })}
      onSaved={(doc) => onCreated(doc.id)}
      autoFocus
      actions={({ busy, dirty }) => saveButton(busy, dirty, dirtyRef)}
    />
  );
}

/** A new 预警告知书, once the setting's days (and the unit the address names) are read. */
function NewWarning({ unitId, onCreated, dirtyRef }: Omit<FormsProps, 'kind'>) {
  const today = useToday();
  const deadlineDays = useWarningDeadlineDays();
  const unit = useOp('units.get', { id: unitId ?? 0 }, { enabled: unitId !== undefined });
  if (deadlineDays === null || (unitId !== undefined && unit.isPending)) return <LinearProgress aria-label="正在准备预警告知书" />;
  const picked = unit.data && unit.data.status === '正常' ? { id: unit.data.id, name: unit.data.name } : null;
  return (
    <WarningForm
      initial={newWarningDraft(today, deadlineDays, picked)}
      deadlineDays={deadlineDays}
      save={(fields) => api.call('docs.createDraft', { kind: 'warning', fields })}
      onSaved={(doc) => onCreated(doc.id)}
      actions={({ busy, dirty }) => saveButton(busy, dirty, dirtyRef)}
    />
  );
}

export function NewDocumentPage() {
  const nav = useDocNav();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const kind = pickChoice(NEW_KINDS, params.get('kind') ?? '') || 'notice';
  const unitId = pickId(params.get('unit') ?? '');
  const dirty = useRef(false);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  // Opened once the form has taken the saved values (so leaving asks nothing).
  const [created, setCreated] = useState<number | null>(null);
  useEffect(() => {
    if (created !== null) nav.openDoc(created, true);
    // Only when a draft was made: nav is a new object at every render.
  }, [created]);

  const chooseKind = (next: NewKind) => {
    const apply = () => {
      dirty.current = false;
      setParams((p) => {
        const out = new URLSearchParams(p);
        out.set('kind', next);
        return out;
      }, { replace: true, state: location.state });
    };
    if (!dirty.current) apply();
    else {
      setConfirm({
        title: '更换文种',
        message: `“${DOC_KINDS[kind]}”中填写的内容尚未保存，更换文种后将不会保留。确定改为${DOC_KINDS[next]}吗？`,
        confirmLabel: '更换文种',
        danger: true,
        run: async () => apply(),
      });
    }
  };

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title={`拟制${DOC_KINDS[kind]}`}>
        <Button startIcon={<ArrowBackIcon />} onClick={nav.backToRegister}>
          返回发文登记
        </Button>
      </PageHeader>
      <Paper variant="outlined" sx={{ p: 2, maxWidth: 900 }}>
        <FormControl sx={{ mb: 2 }}>
          <FormLabel id="doc-kind-label">文种</FormLabel>
          <RadioGroup row aria-labelledby="doc-kind-label" value={kind} onChange={(e) => chooseKind(e.target.value as NewKind)}>
            {NEW_KINDS.map((k) => (
              <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={DOC_KINDS[k]} />
            ))}
          </RadioGroup>
        </FormControl>
        {kind === 'warning' ? (
          <NewWarning key="warning" unitId={unitId} onCreated={setCreated} dirtyRef={dirty} />
        ) : (
          <NewNotice key="notice" onCreated={setCreated} dirtyRef={dirty} />
        )}
      </Paper>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} onDone={() => setConfirm(null)} />
    </Box>
  );
}
