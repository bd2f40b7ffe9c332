// A named reporter's ID number at registration, checked against literal numbers (valid ones, an
// X at the end included, and ones whose last character is wrong), never against numbers built
// with the check-digit code under test.
import { describe, expect, it } from 'vitest';
import { fingerprint, ok, send, type TestEnv } from '../../helpers/services.ts';
import { eachWithOffice, namedTip, REPORTER, registryPeople, type Office } from '../../helpers/tips.ts';
import { VALID_ID_NUMBERS, WRONG_CHECK_ID_NUMBERS, gbCheck } from '../../helpers/idNumbers.ts';
import { testDay } from '../../helpers/testDate.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

const tipWith = (idNumber: string) => namedTip(registryPeople(env, 1), { receivedDate: testDay(0), reporter: { ...REPORTER, idNumber } });

describe("a named reporter's ID number", () => {
  it('valid numbers are taken, an X at the end in either case, and kept as written', async () => {
    for (const id of [...VALID_ID_NUMBERS, '11010519491231002x']) {
      expect(gbCheck(id.slice(0, 17)), id).toBe(id[17]!.toUpperCase());
      const r = await send(env, 'tips.register', tipWith(id), o.clerk);
      expect(r.ok, id).toBe(true);
      if (!r.ok) continue;
      const reporter = await ok(env, 'tips.revealReporter', { id: (r.value as { id: number }).id }, o.clerk);
      expect(reporter.idNumber).toBe(id);
    }
  });

  it('a wrong last character is refused naming the field — an X where a digit belongs too — and nothing is stored', async () => {
    const before = fingerprint(env.db);
    for (const id of [...WRONG_CHECK_ID_NUMBERS, '11010519491231003x']) {
      expect(gbCheck(id.slice(0, 17)), id).not.toBe(id[17]!.toUpperCase());
      const r = await send(env, 'tips.register', tipWith(id), o.clerk);
      expect(r, id).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'reporter.idNumber': '身份证号校验位不正确，请核对是否输错' } } });
      if (!r.ok) expect(r.error.message).not.toContain(id);
    }
    expect(fingerprint(env.db)).toBe(before);
  });
});
