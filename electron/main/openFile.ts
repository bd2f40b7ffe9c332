// Opening an attachment in the system's viewer: a private copy (viewerFolder.ts) with its own
// allowed extension, handed to the shell's default application — never run as a program.
import { shell } from 'electron';
import { copyForViewer } from './viewerFolder.ts';

export function viewerOpener(viewerDir: string): (path: string, fileName: string) => Promise<boolean> {
  return async (path, fileName) => {
    const copy = copyForViewer(viewerDir, path, fileName);
    return copy !== null && (await shell.openPath(copy)) === '';
  };
}
