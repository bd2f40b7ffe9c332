// The 问题清单's rows: each 整改事项 in its own group (事项1, 事项2 …), added under the last one
// with 单位, 问题类别, 责任领导 and 整改时限 as the row above (同上), or removed.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { ItemFields } from './ItemFields.tsx';
import { nextItem, type ItemDraft } from './itemDraft.ts';

interface Props {
  items: ItemDraft[];
  onChange(next: ItemDraft[]): void;
  /** Problems by the operation's paths (items.0.unitId …). */
  fields: Record<string, string>;
}

export function ItemRows({ items, onChange, fields }: Props) {
  const [added, setAdded] = useState<number | null>(null);
  const set = (i: number, item: ItemDraft) => onChange(items.map((it, j) => (j === i ? item : it)));
  return (
    <Stack spacing={2}>
      {items.map((item, i) => {
        const title = `事项${i + 1}`;
        const id = `rect-item-row-${i}`;
        return (
          <Paper key={i} variant="outlined" component="fieldset" aria-labelledby={id} sx={{ p: 2, m: 0, minWidth: 0 }}>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
              <Typography id={id} component="h2" variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
                {title}
              </Typography>
              {items.length > 1 ? (
                <Button color="error" size="small" startIcon={<DeleteOutlineIcon />} onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`删除${title}`}>
                  删除
                </Button>
              ) : null}
            </Stack>
            <ItemFields
              value={item}
              onChange={(next) => set(i, next)}
              problem={(path) => fields[`items.${i}.${path}`]}
              autoFocus={added === i}
              unitHint={i > 0 && item.unit && item.unit.id === items[i - 1]?.unit?.id ? '同上一事项' : undefined}
            />
          </Paper>
        );
      })}
      {fields.items ? (
        <Typography variant="body2" color="error" role="alert">
          {fields.items}
        </Typography>
      ) : null}
      <div>
        <Button
          startIcon={<AddIcon />}
          onClick={() => {
            onChange([...items, nextItem(items[items.length - 1])]);
            setAdded(items.length);
          }}
        >
          添加整改事项
        </Button>
      </div>
    </Stack>
  );
}
