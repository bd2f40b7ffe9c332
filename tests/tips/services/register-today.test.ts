// A reporter's ID number is checked against the office's today on the service clock (the
// registration schema itself reads no clock).
import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../../../shared/kernel/idcard.ts';
import { fingerprint, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, registryPeople, REPORTER, signInAgain, type Office, eachWithOffice } from '../../helpers/tips.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, '2026-11-21T09:00:00+08:00');

describe('registering a named tip', () => {
  it('refuses an ID number born after today, and writes nothing', async () => {
    const first17 = '11010520261201123'; // born 2026-12-01, ten days after the clock's today
    const before = fingerprint(env.db);
    const refused = await send(env, 'tips.register', namedTip(registryPeople(env, 1), { reporter: { ...REPORTER, idNumber: first17 + idCheckDigit(first17) } }), o.clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'reporter.idNumber': '身份证号中的出生日期无效' } } });
    expect(fingerprint(env.db)).toBe(before);
    // Eleven days on (signed in again: the sessions have long gone idle), the same number is accepted.
    env.clock.advanceMinutes(60 * 24 * 11);
    o = await signInAgain(env, o);
    const later = await send(env, 'tips.register', namedTip(registryPeople(env, 1), { reporter: { ...REPORTER, idNumber: first17 + idCheckDigit(first17) } }), o.clerk);
    expect(later.ok).toBe(true);
  });
});
