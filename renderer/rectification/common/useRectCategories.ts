// 问题类别 as the office lists them (系统设置 → 整改问题类别).
import { DEFAULT_RECT_CATEGORIES } from '../../../shared/rectification/index.ts';
import { useOp } from '../../api/query.ts';

export function useRectCategories(): readonly string[] {
  const settings = useOp('settings.get', {});
  return settings.data?.rectCategories ?? DEFAULT_RECT_CATEGORIES;
}
