// File names as a person gave them, and as a disk may hold them. The stored attachment is kept
// under its SHA-256, never under the name it came with; the name is shown as given (without
// folders or characters Windows refuses), shortened keeping its extension. Where a copy must be
// written under that name (the desktop viewer), Windows' reserved device names are avoided.

const MAX_NAME_CHARS = 120;
/** CON, PRN, AUX, NUL, COM0–9, LPT0–9 (also with superscript digits): Windows opens a device for these, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/** The name as shown: no folders, no characters Windows refuses, at most 120 characters with its extension kept. */
export function displayFileName(name: string, fallback = '附件'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').trim();
  return shorten(cleaned, MAX_NAME_CHARS) || fallback;
}

function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  // An extension longer than ten characters is no extension worth keeping whole.
  const keep = ext.length > 1 && ext.length <= 10 ? ext : [];
  return chars.slice(0, max - keep.length).join('').replace(/\.+$/u, '') + keep.join('');
}

/** The name a copy may be written under on any system: a reserved device name gets a leading "_"; no trailing dots or spaces. */
export function diskFileName(name: string): string {
  const shown = displayFileName(name).replace(/[. ]+$/u, '') || '附件';
  const stem = shown.split('.')[0] ?? '';
  return RESERVED.test(stem.trim()) ? `_${shown}` : shown;
}
