// The desktop keeps the master secret wrapped by the operating system's keystore (Electron
// safeStorage: DPAPI on Windows, the Keychain on macOS, the Secret Service on Linux), so the key
// file opens nothing on another Windows account or PC — there the recovery key is needed.
// Where the keystore cannot encrypt (a Linux desktop without one), the file's own mode protects
// it, as for the command line; the key file records which.
import { safeStorage } from 'electron';
import { fileProtector, type KeyProtector } from '../services/kernel/keys/keyFile.ts';

export function desktopProtector(): KeyProtector {
  if (!safeStorage.isEncryptionAvailable()) return fileProtector;
  return {
    kind: 'safeStorage',
    protect: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unprotect: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
