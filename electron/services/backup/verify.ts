// A backup is checked before it counts and before anything is restored from it: its manifest
// authentic under the install's key, the database copy's hash as written, the copy opening with
// the database key and passing SQLite's integrity check and the audit chain (its MACs), holding
// what the manifest says, and every attachment file's hash as stored and its content's hash.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { openDatabase, WrongKeyError } from '../../../db/open.ts';
import { LATEST_VERSION } from '../../../db/migrate.ts';
import { integrityProblems, storeFacts } from '../../../db/repos/backup/index.ts';
import { lastAuditHead, verifyAuditChain } from '../../../db/repos/core/index.ts';
import { partialOf } from '../../../shared/backup/index.ts';
import type { Db } from '../../../db/types.ts';
import type { Keyring } from '../kernel/keys/keyring.ts';
import { contentOf, storedFilePath } from './attachmentsCopy.ts';
import { fileSha256, sha256Of } from './hashing.ts';
import { ATTACHMENTS_FOLDER, DATABASE_FILE, readManifest, type Manifest } from './manifest.ts';
import { backupFolderNames } from './places.ts';

export type Verification =
  | { ok: true; manifest: Manifest }
  | {
      ok: false;
      /** Null when the manifest itself cannot be read. */
      manifest: Manifest | null;
      problem: string;
      /** The backup belongs to another database (another key): a recovery key may open it. */
      otherKey: boolean;
    };

function refused(manifest: Manifest | null, problem: string, otherKey = false): Verification {
  return { ok: false, manifest, problem, otherKey };
}

/** Not a backup: a folder holding backups, or something else. */
function notABackup(folder: string, problem: string): Verification {
  const inside = backupFolderNames(folder);
  if (inside.length > 0) {
    const newest = [...inside].sort().reverse()[0] as string;
    return refused(null, `这个文件夹本身不是备份，其中有 ${inside.length} 个备份，请选其中之一（如 ${join(folder, newest)}）`);
  }
  return refused(null, problem);
}

/** `writing`: the writer checking its own partial folder before renaming it (write.ts). */
export async function verifyBackup(folder: string, keys: Keyring, writing = false): Promise<Verification> {
  if (!existsSync(folder)) return refused(null, `找不到文件夹 ${folder}`);
  if (!writing && partialOf(basename(folder))) return refused(null, '这是一个未写完的备份（写入时被中断），不能使用');
  const read = await readManifest(folder);
  if (!read.ok) return read.missing ? notABackup(folder, read.problem) : refused(null, read.problem);
  const m = read.manifest;

  const dbCopy = join(folder, DATABASE_FILE);
  if (!existsSync(dbCopy)) return refused(m, '备份中缺少数据库文件（lianqing.sqlite）');
  if ((await stat(dbCopy)).size !== m.database.bytes || (await fileSha256(dbCopy)) !== m.database.sha256) {
    return refused(m, '备份中的数据库文件被改动或已损坏（与备份说明文件中的校验值不符）');
  }

  let db;
  try {
    db = openDatabase(dbCopy, { key: keys.database, readonly: true }).db;
  } catch (error) {
    if (error instanceof WrongKeyError) {
      return refused(m, '这个备份不是用本数据库的密钥加密的（来自另一台电脑，或重新安装之前）：需要用它所属数据库的恢复密钥（lianqing restore --recovery-key）', true);
    }
    return refused(m, '备份中的数据库文件无法打开，可能已损坏');
  }
  let copyProblem: Verification | null;
  try {
    copyProblem = checkCopy(db, m, read.macOk(keys.backup), keys);
  } catch {
    copyProblem = refused(m, '备份中的数据库文件已损坏，无法读取');
  } finally {
    db.close();
  }
  return copyProblem ?? checkAttachments(folder, m, keys);
}

/** The database copy against the manifest: null when it holds. */
function checkCopy(db: Db, m: Manifest, macOk: boolean, keys: Keyring): Verification | null {
  if (!macOk) return refused(m, '备份说明文件（manifest.json）被改动过，与密钥签名不符');
  const problems = integrityProblems(db);
  if (problems.length > 0) return refused(m, `备份中的数据库完整性检查未通过（${problems.join('；')}）`);
  const facts = storeFacts(db);
  if (facts.schemaVersion > LATEST_VERSION) {
    return refused(m, `这个备份来自较新版本的廉情（数据库结构 v${facts.schemaVersion}，本程序为 v${LATEST_VERSION}），请先升级程序再恢复`);
  }
  const chain = verifyAuditChain(db, keys.audit, null);
  if (!chain.ok) return refused(m, `备份中的审计日志校验未通过：${chain.message}`);
  const head = lastAuditHead(db);
  if ((head?.id ?? null) !== (m.auditHead?.id ?? null) || (head?.mac ?? null) !== (m.auditHead?.mac ?? null)) {
    return refused(m, '备份中的审计日志与备份说明文件不符');
  }
  if (facts.schemaVersion !== m.schemaVersion || facts.units !== m.counts.units || facts.people !== m.counts.people || facts.tips !== m.counts.tips) {
    return refused(m, '备份中的数据与备份说明文件中的数量不符');
  }
  const listed = new Set([...m.attachments.map((a) => a.sha256), ...m.absent.map((a) => a.sha256)]);
  if (listed.size !== facts.files.length || facts.files.some((f) => !listed.has(f.sha256)) || m.counts.attachments !== m.attachments.length) {
    return refused(m, '备份中的附件清单与数据库中的记录不符');
  }
  return null;
}

/** Every attachment file: its hash as stored, and its content under the files key. */
async function checkAttachments(folder: string, m: Manifest, keys: Keyring): Promise<Verification> {
  const root = join(folder, ATTACHMENTS_FOLDER);
  for (const a of m.attachments) {
    const path = storedFilePath(root, a.sha256);
    let stored: Buffer;
    try {
      stored = await readFile(path);
    } catch {
      return refused(m, `备份中缺少附件文件 ${a.sha256.slice(0, 12)}…`);
    }
    if (stored.length !== a.bytes || sha256Of(stored) !== a.stored) return refused(m, `备份中的附件文件 ${a.sha256.slice(0, 12)}… 被改动或已损坏`);
    if (contentOf(keys.files, a.sha256, stored) === null) return refused(m, `备份中的附件文件 ${a.sha256.slice(0, 12)}… 无法用密钥解开，或内容与登记时不一致`);
  }
  return { ok: true, manifest: m };
}
