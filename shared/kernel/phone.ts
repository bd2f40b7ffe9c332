// Phone numbers a reporter may leave: mobile, landline with area code and extension, or a
// service number; a sanity check, not a carrier lookup.

export function normalizePhone(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s()（）]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

export function phoneProblem(raw: string): string | null {
  const p = normalizePhone(raw);
  if (/^1[3-9]\d{9}$/.test(p)) return null;
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(p)) return null;
  if (/^\d{7,8}$/.test(p)) return null; // a local number without the area code
  if (/^1\d{10}$/.test(p)) return '手机号码第二位应为3到9';
  return '联系电话格式不正确：手机号为11位，固定电话如 0571-87654321';
}
