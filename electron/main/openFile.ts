// Opening an attachment in the system's viewer: a private plaintext copy of its decrypted content (viewerFolder.ts) with its own
// allowed extension, handed to the shell's default application — never run as a program.
import { shell } from 'electron';
import { copyForViewer } from './viewerFolder.ts';

export function viewerOpener(viewerDir: string): (content: Buffer, fileName: string) => Promise<boolean> {
  return async (content, fileName) => {
    const copy = copyForViewer(viewerDir, content, fileName);
    return copy !== null && (await shell.openPath(copy)) === '';
  };
}
