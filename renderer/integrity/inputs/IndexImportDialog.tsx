// 导入 of an index sheet (控制性检查, 满意度调查, 行政成本): the kit's import dialog — choose the file,
// see every row with its values and change (新增 / 修改 / 不变) and the errors by row, 确认导入 only
// when there is none (all or nothing).
import type { ImportKind, ImportPreviewRow, IndexImportPreview, IndexImportResult } from '../../../shared/integrity/index.ts';
import { periodLabel } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { ImportDialog, type ImportColumn, type UploadFile } from '../../kit/ImportDialog.tsx';

interface Props {
  open: boolean;
  kind: ImportKind;
  year: number;
  quarter: number;
  /** The value columns the preview shows (control items' names, or the figures' labels). */
  labels: readonly string[];
  onClose(): void;
}

type Preview = Omit<IndexImportPreview, 'rows'> & { rows: Array<{ rowNumber: number; value: ImportPreviewRow }> };

export function IndexImportDialog({ open, kind, year, quarter, labels, onClose }: Props) {
  const columns: Array<ImportColumn<ImportPreviewRow>> = [
    { header: '单位', value: (r) => r.unitName },
    { header: '变化', value: (r) => r.change },
    ...labels.map((label) => ({ header: label, value: (r: ImportPreviewRow) => r.values[label] ?? '' })),
  ];
  const input = (file: UploadFile) => ({ kind, year, quarter, file });
  return (
    <ImportDialog<ImportPreviewRow, Preview, IndexImportResult>
      open={open}
      title={`导入${periodLabel(year, quarter)}${kind}`}
      hint={`请使用“下载模板”得到的表格填写：单位名称和所属乡镇应与单位名册一致，留空的单元格表示不修改。`}
      columns={columns}
      preview={async (file) => {
        const p = await api.call('integrity.previewImport', input(file));
        return { ...p, rows: p.rows.map((r) => ({ rowNumber: r.rowNumber, value: r })) };
      }}
      commit={(file) => api.call('integrity.import', input(file))}
      summary={(p) => {
        const count = (c: ImportPreviewRow['change']) => p.rows.filter((r) => r.value.change === c).length;
        return <>，新增 <b>{count('新增')}</b> 行，修改 <b>{count('修改')}</b> 行，不变 <b>{count('不变')}</b> 行</>;
      }}
      okText={(p) => `检查通过，共 ${p.rows.length} 行，可以导入。`}
      doneText={(r) => `已导入 ${r.rows} 行：新增 ${r.added} 行，修改 ${r.changed} 行。`}
      onClose={onClose}
    />
  );
}
