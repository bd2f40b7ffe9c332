// 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check digit.
import { isIsoDate } from './dates.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/**
 * null when valid; otherwise what is wrong, in Chinese. `today` (the office's date, from the
 * service clock) bounds the birth date; without it only the form of the date is checked.
 */
export function idNumberProblem(raw: string, today?: string): string | null {
  const id = raw.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为18位（最后一位可为X）';
  if (!/^[1-9]\d{5}$/.test(id.slice(0, 6))) return '身份证号前6位地区码无效';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01' || (today !== undefined && birth > today)) return '身份证号中的出生日期无效';
  if (idCheckDigit(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确，请核对是否输错';
  return null;
}

export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}
