// 修改: an open item's fields (not its status or deadline steps), sent with the version read.
import { useState } from 'react';
import { rectUpdateInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { ItemFields } from '../draft/ItemFields.tsx';
import { itemDraftOf, itemInput, type ItemDraft } from '../draft/itemDraft.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function EditDialog({ item, onDone, onClose }: ActionDialogProps) {
  const [draft, setDraft] = useState<ItemDraft>(() => itemDraftOf(item));
  const [dirty, setDirty] = useState(false);
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, '已保存修改'));

  const submit = () => {
    const checked = validate(rectUpdateInput, { id: item.id, version: item.version, ...itemInput(draft) });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.update', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="修改整改事项" busy={busy} error={problem?.message} dirty={dirty} maxWidth="md" onSubmit={submit} onClose={onClose}>
      <ItemFields
        value={draft}
        onChange={(next) => {
          setDraft(next);
          setDirty(true);
        }}
        problem={(path) => f[path]}
        locked={{ deadline: true, unit: item.sourceDocument !== null }}
        autoFocus
      />
    </FormDialog>
  );
}
