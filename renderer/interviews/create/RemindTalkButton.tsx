// 约谈提醒: a 提醒谈话 planned in one step from a 整改事项 that needs supervising (需督办) — the
// 登记谈话 dialog opens with 谈话类别 提醒谈话, 事由 the item, and as the person the item's 责任领导,
// or else the unit's 主要负责人 (the registry's). Shown to those who may register talks.
import { useState, type SyntheticEvent } from 'react';
import Box from '@mui/material/Box';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import type { PickedPerson } from '../../registry/index.ts';
import { InterviewCreateDialog, type InterviewPreset } from './InterviewCreateDialog.tsx';

export interface RemindItem {
  id: number;
  number: string;
  unitId: number;
  problem: string;
}

/** The item's 责任领导, else the unit's 主要负责人 in office, else nobody (the clerk picks). */
async function remindPreset(item: RemindItem): Promise<InterviewPreset> {
  const detail = await api.call('rect.get', { id: item.id });
  let person: PickedPerson | null = detail.leader ? { id: detail.leader.id, name: detail.leader.name, post: detail.leader.post, unitName: detail.unitName } : null;
  if (!person) {
    const heads = await api.call('people.list', {
      unitId: item.unitId, category: '主要负责人', status: '在职', page: 0, pageSize: 1, sortField: 'name', sortDir: 'asc',
    });
    const head = heads.rows[0];
    person = head ? { id: head.id, name: head.name, post: head.post, unitName: head.unitName } : null;
  }
  return {
    talkType: '提醒谈话',
    person,
    causeKind: '整改事项',
    record: { id: item.id, label: item.number, note: `${detail.unitName} · ${item.problem}` },
  };
}

/** Events inside the dialog stay in it (the grid row around the button would open the item). */
const keep = (e: SyntheticEvent) => e.stopPropagation();

export function RemindTalkButton({ item }: { item: RemindItem }) {
  const { user } = useSession();
  const [preset, setPreset] = useState<InterviewPreset | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canCall(user.role, 'interviews.create')) return null;
  const open = () => {
    setBusy(true);
    setError(null);
    remindPreset(item)
      .then(setPreset)
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };
  return (
    <Box component="span" onClick={keep} onKeyDown={keep} onMouseDown={keep}>
      <RowButton onClick={busy ? () => undefined : open}>{busy ? '正在准备…' : '约谈提醒'}</RowButton>
      {error ? (
        <Box component="span" role="alert" sx={{ color: 'error.main', fontSize: 12 }}>
          {error}
        </Box>
      ) : null}
      {preset ? <InterviewCreateDialog kind="谈话" preset={preset} onClose={() => setPreset(null)} /> : null}
    </Box>
  );
}
