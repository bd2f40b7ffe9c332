// An issued document on its page: the frozen file shown as its pages, 下载 .docx, 打印 (the pages
// alone) and 更正 (a new draft with the same fields naming this one); an issued 预警告知书 links to
// its rectification items.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { docContentOf, type DocDetail } from '../../../shared/documents/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { DocxPreview, PRINT_VIEW_NOTE } from '../../kit/DocxPreview.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useDocNav } from '../common/docRoute.ts';
import { Facts } from './Facts.tsx';

/** The page of the rectification items an issued 预警告知书 made (the rectification domain's). */
export function rectificationNoticePath(id: number): string {
  return `/rectification/notices/${id}`;
}

export function IssuedView({ doc }: { doc: DocDetail }) {
  const { user } = useSession();
  const nav = useDocNav();
  const file = useOp('docs.download', { id: doc.id });
  const [problem, setProblem] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [printable, setPrintable] = useState(false);

  const correct = () => {
    setCorrecting(true);
    setProblem(null);
    api.call('docs.createDraft', { ...docContentOf(doc), replacesId: doc.id }).then(
      (draft) => nav.openDoc(draft.id),
      (e: unknown) => {
        setCorrecting(false);
        setProblem(messageOf(e));
      },
    );
  };

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ minHeight: 0, flexGrow: 1 }}>
      <Paper variant="outlined" sx={{ p: 2, flex: '0 1 420px', minWidth: 0, overflow: 'auto' }}>
        <Facts doc={doc} />
        {doc.kind === 'warning' ? (
          <Typography sx={{ mb: 1.5 }}>
            <Link component={RouterLink} to={rectificationNoticePath(doc.id)}>
              查看整改事项
            </Link>
          </Typography>
        ) : null}
        <ErrorAlert error={problem ?? file.error} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" startIcon={<DownloadIcon />} disabled={!file.data} onClick={() => file.data && downloadFile(file.data)}>
            下载 .docx
          </Button>
          <Button variant="outlined" startIcon={<PrintIcon />} disabled={!printable} onClick={() => window.print()}>
            打印
          </Button>
          {canCall(user.role, 'docs.createDraft') ? (
            <Button variant="outlined" onClick={correct} disabled={correcting}>
              更正
            </Button>
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {PRINT_VIEW_NOTE}
        </Typography>
      </Paper>
      <Box sx={{ flex: '1 1 0', minWidth: 0, minHeight: 480, display: 'flex' }}>
        <DocxPreview file={file.data ?? null} label="公文预览" onReady={setPrintable} />
      </Box>
    </Stack>
  );
}
