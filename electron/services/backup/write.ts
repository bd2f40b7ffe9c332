// Making a backup: a folder `<name>.partial-<pid>` in the chosen place receives the database copy
// (VACUUM INTO from the open connection, encrypted with the database key), the attachment files
// as stored (sealed) and manifest.json; every file and folder is flushed, the whole is verified as
// it lies on the disk, and only then renamed to its name. A crash, a full disk or a pulled drive
// at any moment leaves a partial folder — never taken for a backup — and touches nothing else.
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { OWNER_DIR, OWNER_FILE, restrict } from '../../../db/ownerOnly.ts';
import { encryptCopy, snapshotInto, storeFacts } from '../../../db/repos/backup/index.ts';
import { lastAuditHead } from '../../../db/repos/core/index.ts';
import type { Db } from '../../../db/types.ts';
import { backupName, partialName, type BackupEntry, type BackupKind, type BackupPlace } from '../../../shared/backup/index.ts';
import { secondInZone } from '../../../shared/kernel/dates.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { StoreGate } from '../kernel/gate.ts';
import type { Keyring } from '../kernel/keys/keyring.ts';
import { attachmentsFolder } from '../tips/index.ts';
import { copyAttachments } from './attachmentsCopy.ts';
import { fsyncFile, fsyncFolder, ownerFolder, writeNewFileSync } from './durable.ts';
import { fileSha256 } from './hashing.ts';
import { ATTACHMENTS_FOLDER, DATABASE_FILE, MANIFEST_FILE, MANIFEST_FORMAT, manifestText, type Manifest } from './manifest.ts';
import { entryOf } from './places.ts';
import { verifyBackup } from './verify.ts';

export interface BackupSource {
  db: Db;
  dbFile: string;
  keys: Keyring;
  /** The store's gate, taken around the snapshot; null when the caller holds it already (a restore). */
  gate: StoreGate | null;
}

export interface BackupTarget {
  /** The folder the backup is made in (it must exist, but the data folder's backups/ is made). */
  parent: string;
  place: BackupPlace;
  kind: BackupKind;
  now: Date;
  timeZone: string;
  /** Make the folder if missing (the data folder's backups/ only: a folder typed, or a drive not plugged in, must exist). */
  create: boolean;
}

export interface Made {
  entry: BackupEntry;
  manifest: Manifest;
}

/** A failure of the file system as the administrator can act on it. */
export function writeFailure(error: unknown, where: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason =
    code === 'ENOSPC' ? '空间不足'
    : code === 'EACCES' || code === 'EPERM' ? '没有写入权限'
    : code === 'EROFS' ? '该位置只读'
    : code === 'ENOENT' || code === 'EIO' || code === 'ENODEV' || code === 'ENXIO' ? '该位置已不可用（U盘是否已拔出？）'
    : `文件系统错误 ${code || (error instanceof Error ? error.name : '')}`.trim();
  return new AppError('CONFLICT', `写入备份时出错：${reason}（${where}）。已有的数据和备份未受影响，请检查后重试。`);
}

/** The place a backup goes to: made when it is the data folder's own, else it must be there. */
async function ensurePlace(parent: string, create: boolean): Promise<void> {
  if (!create) {
    let isFolder = false;
    try {
      isFolder = (await stat(parent)).isDirectory();
    } catch {
      // not there
    }
    if (!isFolder) throw new AppError('VALIDATION', `文件夹不存在或无法访问：${parent}。请确认U盘或硬盘已插好、文件夹已建立，再填写它的完整路径。`, { folder: '文件夹不存在或无法访问' });
    return;
  }
  try {
    await ownerFolder(parent);
  } catch (error) {
    throw writeFailure(error, parent);
  }
}

/** The name at `n` or the next one free in the folder (two backups within one second). */
function freeName(parent: string, kind: BackupKind, local: string): string {
  for (let n = 1; ; n++) {
    const name = backupName(kind, local, n);
    if (!existsSync(join(parent, name)) && !readdirSync(parent).some((f) => f.startsWith(`${name}.partial-`))) return name;
  }
}

/** The verified partial folder under its name (the next free one, should another have taken it). */
function renameIntoPlace(partial: string, parent: string, kind: BackupKind, local: string): string {
  for (let n = 1; ; n++) {
    const name = backupName(kind, local, n);
    const final = join(parent, name);
    if (existsSync(final)) continue;
    renameSync(partial, final);
    fsyncFolder(parent);
    return name;
  }
}

async function writeInto<T>(parent: string, kind: BackupKind, local: string, fill: (partial: string) => Promise<T>): Promise<{ name: string; value: T }> {
  let partial: string | null = null;
  try {
    partial = join(parent, partialName(freeName(parent, kind, local), process.pid));
    rmSync(partial, { recursive: true, force: true });
    await ownerFolder(partial);
    const value = await fill(partial);
    return { name: renameIntoPlace(partial, parent, kind, local), value };
  } catch (error) {
    try {
      if (partial) rmSync(partial, { recursive: true, force: true });
    } catch {
      // a drive pulled: the sweep removes it when the drive is back
    }
    throw writeFailure(error, parent);
  }
}

async function verified(partial: string, keys: Keyring): Promise<Manifest> {
  const check = await verifyBackup(partial, keys, true);
  if (!check.ok) throw new AppError('CONFLICT', `备份写入后校验未通过：${check.problem}。已有的数据和备份未受影响，请检查目标位置后重试。`);
  return check.manifest;
}

export async function makeBackup(source: BackupSource, target: BackupTarget): Promise<Made> {
  const local = secondInZone(target.now, target.timeZone);
  await ensurePlace(target.parent, target.create);
  const { name, value: manifest } = await writeInto(target.parent, target.kind, local, async (partial) => {
    const dbCopy = join(partial, DATABASE_FILE);
    const release = source.gate ? await source.gate.acquire() : null;
    try {
      snapshotInto(source.db, dbCopy);
    } finally {
      release?.();
    }
    encryptCopy(dbCopy, source.keys.database);
    restrict(dbCopy, OWNER_FILE);
    fsyncFile(dbCopy);

    const copy = openDatabase(dbCopy, { key: source.keys.database, readonly: true }).db;
    let facts;
    let head;
    try {
      facts = storeFacts(copy);
      head = lastAuditHead(copy);
    } finally {
      copy.close();
    }
    const files = await copyAttachments(attachmentsFolder(source.dbFile), join(partial, ATTACHMENTS_FOLDER), facts.files, source.keys.files);
    const body: Manifest = {
      format: MANIFEST_FORMAT,
      kind: target.kind,
      madeAt: target.now.toISOString(),
      madeAtLocal: local,
      timeZone: target.timeZone,
      schemaVersion: facts.schemaVersion,
      counts: { units: facts.units, people: facts.people, tips: facts.tips, attachments: files.held.length },
      auditHead: head,
      database: { file: DATABASE_FILE, bytes: (await stat(dbCopy)).size, sha256: await fileSha256(dbCopy) },
      attachments: files.held,
      absent: files.absent,
    };
    writeNewFileSync(join(partial, MANIFEST_FILE), manifestText(body, source.keys.backup));
    for (const folder of files.folders) fsyncFolder(folder);
    if (files.folders.length > 0) fsyncFolder(join(partial, ATTACHMENTS_FOLDER));
    fsyncFolder(partial);
    return verified(partial, source.keys);
  });
  const folder = join(target.parent, name);
  return { entry: await entryOf(folder, name, target.place, manifest), manifest };
}

/** A copy of a verified backup in another place (第二备份位置), written and verified the same way. */
export async function copyBackup(from: Made, parent: string, place: BackupPlace, keys: Keyring): Promise<Made> {
  const local = from.manifest.madeAtLocal;
  await ensurePlace(parent, false);
  const { name, value: manifest } = await writeInto(parent, from.manifest.kind, local, async (partial) => {
    cpSync(from.entry.folder, partial, { recursive: true, force: false, errorOnExist: true });
    restrictTree(partial);
    syncTree(partial);
    return verified(partial, keys);
  });
  const folder = join(parent, name);
  return { entry: await entryOf(folder, name, place, manifest), manifest };
}

function walk(folder: string, visit: (path: string, isFolder: boolean) => void): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      walk(path, visit);
      visit(path, true);
    } else {
      visit(path, false);
    }
  }
}

function restrictTree(folder: string): void {
  walk(folder, (path, isFolder) => restrict(path, isFolder ? OWNER_DIR : OWNER_FILE));
}

function syncTree(folder: string): void {
  walk(folder, (path, isFolder) => (isFolder ? fsyncFolder(path) : fsyncFile(path)));
  fsyncFolder(folder);
}
