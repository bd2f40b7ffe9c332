// 打印文书 on a tip's page: 信访举报登记表, 问题线索处置审批表 (once proposed) and 办结报告 (once concluded)
// — each made by the service (the reporter masked for a role without the right), shown as its
// pages, to download (.docx) or print.
import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { TIP_FORMS, type TipForm } from '../../../shared/tips/steps.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../kit/download.ts';
import { DocxPreview, PRINT_VIEW_NOTE } from '../../kit/DocxPreview.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';

/** The forms this tip has: 审批表 once it is proposed (拟办), 办结报告 once it is concluded. */
export function formsOf(tip: TipDetail): TipForm[] {
  return TIP_FORMS.filter((f) => {
    if (f === '问题线索处置审批表') return tip.disposal !== null;
    if (f === '办结报告') return tip.concludedDate !== null;
    return true;
  });
}

export function TipFormsMenu({ tip }: { tip: TipDetail }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [form, setForm] = useState<TipForm | null>(null);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<PrintIcon />}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'tip-forms-menu' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        打印文书
      </Button>
      <Menu id="tip-forms-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {formsOf(tip).map((f) => (
          <MenuItem
            key={f}
            onClick={() => {
              setAnchor(null);
              setForm(f);
            }}
          >
            {f}
          </MenuItem>
        ))}
      </Menu>
      {form ? <TipFormDialog key={form} tip={tip} form={form} onClose={() => setForm(null)} /> : null}
    </>
  );
}

function TipFormDialog({ tip, form, onClose }: { tip: TipDetail; form: TipForm; onClose(): void }) {
  const [file, setFile] = useState<FileResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('tips.printForm', { id: tip.id, form }).then(
      (made) => live && setFile(made),
      (e: unknown) => live && setProblem(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [tip.id, form]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="tip-form-title">
      <DialogTitle id="tip-form-title">{form}</DialogTitle>
      <DialogContent dividers sx={{ height: '70vh', display: 'flex', flexDirection: 'column', gap: 1 }}>
        <ErrorAlert error={problem} sx={{}} />
        {problem ? null : (
          <>
            <Typography variant="body2" color="text.secondary">{PRINT_VIEW_NOTE}</Typography>
            <DocxPreview file={file} label="文书预览" onReady={setReady} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<DownloadIcon />} disabled={!file} onClick={() => file && downloadFile(file)}>
          下载
        </Button>
        <Button startIcon={<PrintIcon />} disabled={!ready} onClick={() => window.print()}>
          打印
        </Button>
        <Button variant="contained" onClick={onClose}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
