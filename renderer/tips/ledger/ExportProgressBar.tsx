// How far an export is: a determinate bar with 已完成 N / M 行 (then 正在生成文件 while it is packed).
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ExportProgress } from './useExportJob.ts';

export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const { done, total } = progress;
  const value = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <Box role="status" aria-label="导出进度" sx={{ mb: 1.5 }}>
      <LinearProgress variant="determinate" value={value} aria-label="导出进度条" />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {done < total ? `正在导出：已完成 ${done} / ${total} 行` : `已完成 ${done} / ${total} 行，正在生成文件…`}
      </Typography>
    </Box>
  );
}
