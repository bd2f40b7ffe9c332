// 公文 and the office's profile (issue 11). The profile (机关信息) is one row, absent until the
// administrator saves it. Documents: drafts (editable), then issued — numbered from a per-year,
// per-kind sequence (UNIQUE), their bytes frozen by hash in document_files (inside the encrypted
// database, backed up with it); a correction is a new document naming the one it replaces.
import type { Migration } from './migration.ts';

export const m0011Documents: Migration = {
  version: 11,
  name: 'documents: office profile, dispatch register, frozen document files',
  up(db) {
    db.exec(`
      CREATE TABLE office_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        organs TEXT NOT NULL,
        mark TEXT NOT NULL,
        abbreviation TEXT NOT NULL,
        printer TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id)
      );

      CREATE TABLE document_files (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL
      );

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
        title TEXT NOT NULL,
        recipients TEXT NOT NULL,
        fields TEXT NOT NULL,
        doc_date TEXT,
        source_type TEXT,
        source_id INTEGER,
        source_label TEXT,
        replaces_id INTEGER REFERENCES documents(id),
        year INTEGER,
        serial INTEGER,
        number TEXT UNIQUE,
        file_sha256 TEXT REFERENCES document_files(sha256),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        issued_at TEXT,
        issued_by INTEGER REFERENCES users(id),
        UNIQUE (kind, year, serial),
        CHECK ((status = 'draft') = (number IS NULL)),
        CHECK ((status = 'draft') = (file_sha256 IS NULL))
      );
      CREATE INDEX documents_by_issue ON documents (status, issued_at);

      -- Issued is final, in the database itself too: no statement changes or removes an issued
      -- document or a frozen file (the services never try; this stops anything else that would).
      CREATE TRIGGER documents_issued_unchanged BEFORE UPDATE ON documents WHEN OLD.status = 'issued'
      BEGIN SELECT RAISE(ABORT, '已印发的公文不能修改'); END;
      CREATE TRIGGER documents_issued_kept BEFORE DELETE ON documents WHEN OLD.status = 'issued'
      BEGIN SELECT RAISE(ABORT, '已印发的公文不能删除'); END;
      CREATE TRIGGER document_files_unchanged BEFORE UPDATE ON document_files
      BEGIN SELECT RAISE(ABORT, '定稿文件不能修改'); END;
      CREATE TRIGGER document_files_kept BEFORE DELETE ON document_files
      BEGIN SELECT RAISE(ABORT, '定稿文件不能删除'); END;
      CREATE INDEX documents_by_source ON documents (source_type, source_id);
      -- The register shows each document's correction (replaced by …): looked up per row.
      CREATE INDEX documents_by_replaces ON documents (replaces_id, issued_at);
    `);
  },
};
