// 从Excel导入人员: the roster update, in the kit's import dialog. The service's preview counts the
// rows 新增 / 更新 / 无变化, shows each update's changes (old → new) and every row error, and lists
// the people of the sheet's units who are 在职 but not in the sheet; the person may tick to mark
// them 已离任 in the same import. Only a file without errors can be imported, all or nothing.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PersonImportRow } from '../../../shared/registry/people.ts';
import { api } from '../../api/client.ts';
import { ImportDialog, type ImportColumn } from '../../kit/ImportDialog.tsx';

const SHOWN_ROWS = 200;

export const PERSON_IMPORT_HINT =
  '请按“下载导入模板”的格式填写，或直接修改导出的人员名册：姓名、所在单位、职务、职级、是否中共党员、身份类别必填，身份证号、状态可不填。已登记的人员按身份证号（没有时按姓名和所在单位）更新。';

const PERSON_IMPORT_COLUMNS: ReadonlyArray<ImportColumn<PersonImportRow>> = [
  { header: '处理', value: (r) => r.kind },
  { header: '姓名', value: (r) => r.name },
  { header: '所在单位', value: (r) => r.unitName },
  {
    header: '变化',
    value: (r) =>
      r.kind === '新增' ? `${r.post}，${r.rank}` : r.changes.map((c) => `${c.field}：${c.before || '（空）'} → ${c.after || '（空）'}`).join('；'),
  },
];

interface Options {
  markMissingLeft: boolean;
}

export function PersonImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <ImportDialog
      open={open}
      title="从Excel导入人员"
      hint={PERSON_IMPORT_HINT}
      columns={PERSON_IMPORT_COLUMNS}
      preview={(file, onProgress) => api.job('people.importPreview', file, onProgress)}
      commit={(file, options: Options, onProgress) => api.job('people.importCommit', { ...file, ...options }, onProgress)}
      initialOptions={{ markMissingLeft: false }}
      summary={(p) => (
        <>
          ：新增 <b>{p.counts.created}</b> 人，更新{' '}
          <b>{p.counts.updated}</b> 人，无变化 <b>{p.counts.unchanged}</b> 人
        </>
      )}
      rows={(p) => p.rows.filter((r) => r.value.kind !== '无变化')}
      shownRows={SHOWN_ROWS}
      okText={() => '检查通过，可以导入。'}
      extra={(p, { options, setOptions, disabled }) =>
        p.missing.length > 0 ? (
          <Stack spacing={1} role="region" aria-label="名单中缺少的人员">
            <Typography variant="body2">
              表中所列单位里，名册上在职但表中没有的人员 <b>{p.missing.length}</b> 人：
              {p.missing.slice(0, SHOWN_ROWS).map((m) => `${m.name}（${m.unitName}${m.post ? `，${m.post}` : ''}）`).join('、')}
            </Typography>
            <FormControlLabel
              control={<Checkbox checked={options.markMissingLeft} onChange={(e) => setOptions({ markMissingLeft: e.target.checked })} disabled={disabled} />}
              label={`将这 ${p.missing.length} 人标记为已离任`}
            />
          </Stack>
        ) : null
      }
      doneText={(r) =>
        `已导入：新增 ${r.created} 人，更新 ${r.updated} 人，无变化 ${r.unchanged} 人${r.markedLeft > 0 ? `，标记离任 ${r.markedLeft} 人` : ''}`
      }
      onClose={onClose}
    />
  );
}
