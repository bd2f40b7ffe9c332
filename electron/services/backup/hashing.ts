// SHA-256 of a file as it lies on the disk, read in pieces (a database copy may be large).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
