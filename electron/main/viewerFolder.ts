// Where the desktop viewer's copies live: opening an attachment hands the system's viewer a copy
// (the stored file is named by its hash and has no extension), and those copies are reporters'
// letters and case papers. So they go to one private folder under the user's data folder —
// never the shared temp folder, where they would outlive the app and, on a shared POSIX /tmp,
// sit beside other accounts' files — readable by the user only, and the folder is emptied on
// every start and quit. Plain node:fs, no Electron: tests/electron/unit runs it on real files.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Only kinds a viewer shows; nothing that runs (the shell opens a copy with its default application). */
export const VIEWABLE = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.txt']);

/** On POSIX: the folder and each copy's folder are the user's alone, and each copy is readable and writable by the user only. */
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

export function viewerFolderPath(userDataDir: string): string {
  return join(userDataDir, 'viewer');
}

/**
 * Empties the folder (creating it when missing) and leaves it private. A copy a viewer still
 * holds open on Windows cannot be deleted: it is left, named in the answer, and removed at the
 * next start or quit. A symbolic link or file where the folder should be is removed, never
 * followed.
 */
export function emptyViewerFolder(dir: string, remove: (path: string) => void = removeAll): { left: string[] } {
  const info = lstatOrNull(dir);
  if (info && !info.isDirectory()) rmSync(dir, { force: true });
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  chmodSync(dir, FOLDER_MODE);
  const left: string[] = [];
  for (const name of readdirSync(dir)) {
    try {
      remove(join(dir, name));
    } catch {
      left.push(name);
    }
  }
  return { left };
}

/**
 * The content written to a file of its own inside the viewer folder, under the attachment's
 * name made safe for every file system (so the viewer's title reads as the attachment does and
 * two attachments of the same name do not meet). Null when the kind is not viewable.
 */
export function copyForViewer(dir: string, content: Buffer, fileName: string): string | null {
  if (!VIEWABLE.has(extname(fileName).toLowerCase())) return null;
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  const own = mkdtempSync(join(dir, 'open-'));
  chmodSync(own, FOLDER_MODE);
  const copy = join(own, safeFileName(fileName));
  writeFileSync(copy, content, { flag: 'wx', mode: FILE_MODE });
  chmodSync(copy, FILE_MODE);
  return copy;
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The attachment's name without path separators, characters Windows refuses, a device name or a leading dot; its extension is kept. */
export function safeFileName(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  let stem = fileName.slice(0, fileName.length - ext.length).replace(/[\\/<>:"|?*\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '' || WINDOWS_DEVICE.test(stem.split('.')[0] ?? '')) stem = `附件${stem === '' ? '' : `_${stem}`}`;
  // Paths on Windows stop at 260 characters; the data folder's own path takes part of that.
  return `${Array.from(stem).slice(0, 80).join('')}${ext}`;
}

/** Removes a copy or a copy's folder; a link is removed, not followed. (Tests pass a remover that fails, as a held file does on Windows.) */
function removeAll(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
