// Masking of protected reporter data for roles that may not see it: 张** · 138****5678.
// Phone and ID numbers are stored as typed; they are masked from their normalised form, so
// "138 1234 5678" and "13812345678" are masked alike and no digit shows through a space.
import { normalizeIdNumber } from './idcard.ts';
import { normalizePhone } from './phone.ts';

export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

export function maskPhone(phone: string): string {
  const p = normalizePhone(phone);
  if (p.length <= 4) return '*'.repeat(p.length);
  if (p.length === 11) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
}

export function maskIdNumber(id: string): string {
  const v = normalizeIdNumber(id);
  if (v.length < 8) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  if (chars.length === 0) return '';
  return `${chars.slice(0, Math.min(6, Math.ceil(chars.length / 3))).join('')}****`;
}
