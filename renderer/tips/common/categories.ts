// 问题类别 as the office lists them (政治纪律 … 其他), whatever order they were stored in.
import { TIP_CATEGORIES, type TipCategory } from '../../../shared/tips/enums.ts';

const ORDER = new Map<string, number>(TIP_CATEGORIES.map((c, i) => [c, i]));

export function categoriesText(categories: readonly TipCategory[]): string {
  return [...categories].sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99)).join('、');
}
