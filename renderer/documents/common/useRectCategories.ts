// The 问题类别 a 预警告知书's problem may take: the rectification categories of 系统设置 (each
// problem becomes a rectification item of its category when the notice is issued).
import { DEFAULT_RECT_CATEGORIES } from '../../../shared/rectification/index.ts';
import { useOp } from '../../api/query.ts';

export function useRectCategories(): readonly string[] {
  const settings = useOp('settings.get', {});
  return settings.data?.rectCategories ?? DEFAULT_RECT_CATEGORIES;
}
