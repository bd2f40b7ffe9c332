// 导出台账 as a job the page follows: tips.exportStart answers at once with the job, then the page
// asks tips.exportProgress until the file is there, showing 已完成 N / M meanwhile.
import { useCallback, useState } from 'react';
import type { OpInput } from '../../../shared/api.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';

export interface ExportProgress {
  done: number;
  total: number;
}

/** How often the page asks how far the export is. */
const POLL_MS = 250;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, POLL_MS));

export function useExportJob() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const run = useCallback(async (input: OpInput<'tips.exportStart'>): Promise<FileResult> => {
    const started = await api.call('tips.exportStart', input);
    setProgress({ done: 0, total: started.total });
    try {
      for (;;) {
        await pause();
        const status = await api.call('tips.exportProgress', { jobId: started.jobId });
        if (status.state === 'done') return status.result;
        if (status.state === 'failed') throw new Error(`导出失败：${status.error}`);
        setProgress({ done: status.done, total: status.total });
      }
    } finally {
      setProgress(null);
    }
  }, []);
  return { progress, run };
}
