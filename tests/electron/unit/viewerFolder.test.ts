// The desktop viewer's private folder, on real files: emptied (what is inside, never what a link
// points to), private to the user, and each opened copy readable by the user only.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tempDir } from '../../helpers/services.ts';
import { copyForViewer, emptyViewerFolder, safeFileName, viewerFolderPath } from '../../../electron/main/viewerFolder.ts';

const posix = process.platform !== 'win32';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const roots: string[] = [];
function scratch(): string {
  const dir = tempDir('lianqing-viewer-');
  roots.push(dir);
  return dir;
}
afterEach(() => {
  for (const r of roots.splice(0)) {
    chmodTree(r);
    rmSync(r, { recursive: true, force: true });
  }
});
/** Gives back the write right a test took away, so the scratch folder can be removed. */
function chmodTree(dir: string): void {
  if (!existsSync(dir)) return;
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) chmodTree(join(dir, entry.name));
}
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the viewer folder', () => {
  it('lives in the data folder, not the shared temp folder', () => {
    expect(viewerFolderPath('/home/u/.config/Lianqing')).toBe(join('/home/u/.config/Lianqing', 'viewer'));
  });

  it('is emptied of every copy and folder, and left private', () => {
    const data = scratch();
    const dir = viewerFolderPath(data);
    mkdirSync(join(dir, 'open-a1', 'deeper'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, 'open-a1', '举报信.pdf'), 'letter');
    writeFileSync(join(dir, 'open-a1', 'deeper', 'x.txt'), 'x');
    writeFileSync(join(dir, 'stray.docx'), 'stray');
    if (posix) chmodSync(dir, 0o755);
    expect(emptyViewerFolder(dir)).toEqual({ left: [] });
    expect(readdirSync(dir)).toEqual([]);
    if (posix) expect(mode(dir)).toBe(0o700);
  });

  it('is created private when missing', () => {
    const dir = viewerFolderPath(scratch());
    expect(emptyViewerFolder(dir)).toEqual({ left: [] });
    expect(statSync(dir).isDirectory()).toBe(true);
    if (posix) expect(mode(dir)).toBe(0o700);
  });

  it.skipIf(!posix)('removes links inside it, never what they point to; a link in its place is replaced by a folder', () => {
    const data = scratch();
    const elsewhere = join(data, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'keep.pdf'), 'keep');
    const dir = viewerFolderPath(data);
    mkdirSync(dir);
    symlinkSync(elsewhere, join(dir, 'link-to-folder'));
    symlinkSync(join(elsewhere, 'keep.pdf'), join(dir, 'link-to-file.pdf'));
    emptyViewerFolder(dir);
    expect(readdirSync(dir)).toEqual([]);
    expect(readFileSync(join(elsewhere, 'keep.pdf'), 'utf8')).toBe('keep');

    rmSync(dir, { recursive: true });
    symlinkSync(elsewhere, dir);
    emptyViewerFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(elsewhere)).toEqual(['keep.pdf']);
  });

  it('leaves what cannot be deleted (a copy a viewer holds open on Windows), names it, and empties the rest', () => {
    const dir = viewerFolderPath(scratch());
    mkdirSync(join(dir, 'open-held'), { recursive: true });
    writeFileSync(join(dir, 'open-held', 'a.pdf'), 'held');
    writeFileSync(join(dir, 'b.pdf'), 'b');
    const held = (path: string) => {
      if (path.endsWith('open-held')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      rmSync(path, { recursive: true, force: true });
    };
    expect(emptyViewerFolder(dir, held)).toEqual({ left: ['open-held'] });
    expect(readdirSync(dir)).toEqual(['open-held']);
    // Once the viewer lets go, the next start or quit removes it.
    expect(emptyViewerFolder(dir)).toEqual({ left: [] });
    expect(readdirSync(dir)).toEqual([]);
  });

  // The same on the real file system, where the test runs without root (root may delete anything).
  it.skipIf(!posix || isRoot)('leaves a file the file system will not delete (no write right on its folder), and removes it once it may', () => {
    const dir = viewerFolderPath(scratch());
    mkdirSync(join(dir, 'open-held'), { recursive: true });
    writeFileSync(join(dir, 'open-held', 'a.pdf'), 'held');
    writeFileSync(join(dir, 'b.pdf'), 'b');
    // Without the write right on its folder a file cannot be deleted: the stand-in for a held file.
    chmodSync(join(dir, 'open-held'), 0o500);
    expect(emptyViewerFolder(dir)).toEqual({ left: ['open-held'] });
    expect(readdirSync(dir)).toEqual(['open-held']);
    chmodSync(join(dir, 'open-held'), 0o700);
    expect(emptyViewerFolder(dir)).toEqual({ left: [] });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a copy for the viewer', () => {
  it('is the attachment\'s content under its own name, in a folder of its own, readable by the user only', () => {
    const data = scratch();
    // The decrypted content of a stored attachment (its stored file is encrypted).
    const stored = Buffer.from('PDF CONTENT');
    const dir = viewerFolderPath(data);
    const copy = copyForViewer(dir, stored, '关于某某的举报.pdf');
    expect(copy).not.toBeNull();
    const path = copy as string;
    expect(relative(dir, path).split(/[\\/]/)).toHaveLength(2);
    expect(path.endsWith('关于某某的举报.pdf')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('PDF CONTENT');
    if (posix) {
      expect(mode(path)).toBe(0o600);
      expect(mode(dirname(path))).toBe(0o700);
      expect(mode(dir)).toBe(0o700);
    }
    // The same name again is a second copy beside it, not the first overwritten.
    const again = copyForViewer(dir, stored, '关于某某的举报.pdf');
    expect(again).not.toBe(path);
    expect(readdirSync(dir)).toHaveLength(2);
    // And the next start or quit empties them.
    emptyViewerFolder(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is not made for a kind no viewer should open', () => {
    const data = scratch();
    const stored = Buffer.from('MZ');
    const dir = viewerFolderPath(data);
    for (const name of ['run.exe', 'a.pdf.exe', 'script.js', 'x.bat', 'page.html', 'noext', 'a.lnk', '.pdf']) {
      expect(copyForViewer(dir, stored, name), name).toBeNull();
    }
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('cannot be written outside its folder, whatever the attachment is called', () => {
    const data = scratch();
    const stored = Buffer.from('x');
    const dir = viewerFolderPath(data);
    for (const name of ['../../escape.pdf', '..\\..\\escape.pdf', '/etc/escape.pdf', 'C:\\Windows\\escape.pdf', '..pdf', '. .pdf']) {
      const copy = copyForViewer(dir, stored, name) as string;
      expect(relative(dir, copy).startsWith('..'), name).toBe(false);
      expect(relative(dir, copy).split(/[\\/]/), name).toHaveLength(2);
    }
    expect(existsSync(join(data, 'escape.pdf'))).toBe(false);
  });

  it('has a name every file system takes', () => {
    expect(safeFileName('举报信.PDF')).toBe('举报信.pdf');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.pdf')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(safeFileName('../../x.pdf')).toBe('_.._x.pdf');
    expect(safeFileName('CON.pdf')).toBe('附件_CON.pdf');
    expect(safeFileName('lpt1.txt')).toBe('附件_lpt1.txt');
    expect(safeFileName('..pdf')).toBe('附件.pdf');
    expect(safeFileName(' 名单 .xlsx')).toBe('名单.xlsx');
    expect(safeFileName(`${'长'.repeat(300)}.docx`)).toBe(`${'长'.repeat(80)}.docx`);
    expect(safeFileName('a\u0000b.txt')).toBe('a_b.txt');
  });
});
