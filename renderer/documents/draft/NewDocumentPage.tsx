// 拟制通知 (#/documents/new): a new 通知's fields; 保存草稿 makes the draft and opens its page.
import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useDocNav } from '../common/docRoute.ts';
import { NoticeForm } from './NoticeForm.tsx';

export function NewDocumentPage() {
  const today = useToday();
  const nav = useDocNav();
  // Opened once the form has taken the saved values (so leaving asks nothing).
  const [created, setCreated] = useState<number | null>(null);
  useEffect(() => {
    if (created !== null) nav.openDoc(created, true);
    // Only when a draft was made: nav is a new object at every render.
  }, [created]);
  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="拟制通知">
        <Button startIcon={<ArrowBackIcon />} onClick={nav.backToRegister}>
          返回发文登记
        </Button>
      </PageHeader>
      <Paper variant="outlined" sx={{ p: 2, maxWidth: 900 }}>
        <NoticeForm
          initial={{ title: '', recipients: '', body: '', attachments: [], date: today, copyTo: '' }}
          save={(fields) => api.call('docs.createDraft', { kind: 'notice', fields })}
          onSaved={(doc) => setCreated(doc.id)}
          autoFocus
          actions={({ busy }) => (
            <Button type="submit" variant="contained" disabled={busy}>
              保存草稿
            </Button>
          )}
        />
      </Paper>
    </Box>
  );
}
