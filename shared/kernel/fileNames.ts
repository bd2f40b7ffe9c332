// File names as a person gave them. A stored attachment is kept under its SHA-256, never under the
// name it came with (so CON.txt or a name of 300 characters is no trouble on disk); the name is
// shown as given, without folders or characters Windows refuses, shortened keeping its extension.
// (The desktop viewer's copies get a name safe on every disk: electron/main/viewerFolder.ts.)

const MAX_NAME_CHARS = 120;

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
