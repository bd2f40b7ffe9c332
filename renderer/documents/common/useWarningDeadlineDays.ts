// 预警告知书默认整改期限（天）from 系统设置: the days a new 整改时限 falls after the 成文日期.
// null while the settings are read (a failed read falls back to the default).
import { DEFAULT_WARNING_DEADLINE_DAYS } from '../../../shared/documents/index.ts';
import { useOp } from '../../api/query.ts';

export function useWarningDeadlineDays(): number | null {
  const settings = useOp('settings.get', {});
  if (settings.isError) return DEFAULT_WARNING_DEADLINE_DAYS;
  return settings.data ? settings.data.warningDeadlineDays : null;
}
