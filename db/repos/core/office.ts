// The office's profile (机关信息, migration 0011): one row, absent until first saved.
import type { Db } from '../../types.ts';
import type { OfficeProfileInput } from '../../../shared/core/office.ts';

interface ProfileRow {
  organs: string;
  mark: string;
  abbreviation: string;
  printer: string;
  address: string;
  phone: string;
}

/** The saved profile, or null before the administrator first saves it. */
export function getOfficeProfile(db: Db): OfficeProfileInput | null {
  const row = db.prepare('SELECT organs, mark, abbreviation, printer, address, phone FROM office_profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!row) return null;
  return { ...row, organs: JSON.parse(row.organs) as string[] };
}

export function saveOfficeProfile(db: Db, profile: OfficeProfileInput, at: string, userId: number | null): void {
  db.prepare(
    `INSERT INTO office_profile (id, organs, mark, abbreviation, printer, address, phone, updated_at, updated_by)
     VALUES (1, @organs, @mark, @abbreviation, @printer, @address, @phone, @at, @userId)
     ON CONFLICT (id) DO UPDATE SET organs = excluded.organs, mark = excluded.mark, abbreviation = excluded.abbreviation,
       printer = excluded.printer, address = excluded.address, phone = excluded.phone, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run({ ...profile, organs: JSON.stringify(profile.organs), at, userId });
}
