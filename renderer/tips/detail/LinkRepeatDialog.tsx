// 关联为重复件 from a tip's page: find the earlier tip of the same matter by its number (or
// any text of the ledger search), or take one of the suggested similar tips.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { domainOf } from '../../api/query.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { useDebounced } from '../../kit/useDebounced.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import type { ActionDialogProps } from '../actions/actionTypes.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

interface Choice {
  id: number;
  number: string;
  receivedDate: string;
  summary: string;
  note: string;
}

export function LinkRepeatDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const { busy, problem, save } = useSave((d: TipDetail) => onDone(d, '已关联为重复件'));
  // With a search: the ledger's answer; without: the tips most like this one.
  const found = useQuery({
    queryKey: [domainOf('tips.list'), 'tips.linkRepeatChoices', tip.id, q],
    queryFn: (): Promise<Choice[]> =>
      q
        ? api.call('tips.list', { q, page: 0, pageSize: 20, sortField: 'receivedDate', sortDir: 'desc' }).then((page) =>
            page.rows.map((r) => ({ ...r, note: r.repeatOfNumber ? `重复件（原件 ${r.repeatOfNumber}）` : r.status })),
          )
        : api
            .call('tips.repeatCandidates', {
              people: tip.people.map((p) => ({ personId: p.personId, name: p.name })),
              unitIds: tip.units.map((u) => u.id),
              summary: tip.summary,
              content: tip.content,
              excludeId: tip.id,
            })
            .then((list) => list.map((c) => ({ ...c, note: `相似度 ${c.score} · ${c.reasons.join(' · ')}` }))),
  });
  const choices = (found.data ?? []).filter((c) => c.id !== tip.id);
  const loadError = found.error ? messageOf(found.error) : null;

  const link = (c: Choice) => save(api.call('tips.linkRepeat', { id: tip.id, version: tip.version, repeatOf: c.id }));

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="link-repeat-title">
      <DialogTitle id="link-repeat-title">关联为重复件</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={problem || loadError ? problem?.message ?? loadError : null} />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          将 {tip.number} 关联为此前某件的重复件；重复件不重复统计。
        </Typography>
        <SearchField label="查找原件（编号、姓名、摘要）" value={text} onChange={setText} width={360} />
        <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
          {q ? '查找结果' : '可能的原件'}
        </Typography>
        {choices.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {q ? '没有符合条件的信访件。' : '未发现相似的信访件，可按编号查找。'}
          </Typography>
        ) : (
          <List dense aria-label="可选的原件">
            {choices.map((c) => (
              <ListItem
                key={c.id}
                divider
                secondaryAction={
                  <Button size="small" onClick={() => link(c)} disabled={busy} aria-label={`关联到此件 ${c.number}`}>
                    关联到此件
                  </Button>
                }
              >
                <ListItemText primary={`${c.number}　${c.receivedDate}　${c.summary}`} secondary={c.note} sx={{ pr: 10 }} />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
      </DialogActions>
    </Dialog>
  );
}
