// The office's time zone (系统设置 → 办公时区): "today" is the office's date, not the date of
// the machine's zone, and a wrong zone name is refused with a message saying what to write.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/index.ts';
import { fingerprint, ok, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';

let env: TestEnv;
let o: Office;
// 2026-11-20 17:00 UTC: already 01:00 on the 21st in Beijing, still the morning of the 20th in Los Angeles.
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, '2026-11-20T17:00:00Z');

describe('the office time zone', () => {
  it('is Asia/Shanghai by default, and today is the date there', async () => {
    expect((await ok(env, 'settings.get', {}, o.admin)).officeTimeZone).toBe('Asia/Shanghai');
    const tip = await ok(env, 'tips.register', namedTip(registryPeople(env, 1), { receivedDate: '2026-11-21' }), o.clerk);
    expect(tip.number).toBe('XF-2026-0001');
  });

  it('moves today with the setting', async () => {
    await ok(env, 'settings.update', { ...DEFAULT_SETTINGS, officeTimeZone: 'America/Los_Angeles' }, o.admin);
    const refused = await send(env, 'tips.register', namedTip(registryPeople(env, 1), { receivedDate: '2026-11-21' }), o.clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请检查填写的内容：收件日期不能晚于今天。' } });
    await ok(env, 'tips.register', namedTip(registryPeople(env, 1), { receivedDate: '2026-11-20' }), o.clerk);
  });

  it('refuses a name that is not a time zone, and changes nothing', async () => {
    const before = fingerprint(env.db);
    const refused = await send(env, 'settings.update', { ...DEFAULT_SETTINGS, officeTimeZone: 'Beijing' }, o.admin);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { officeTimeZone: '办公时区无效，请填写如 Asia/Shanghai 的时区名称' } } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('is kept when an older caller saves the other settings without it', async () => {
    await ok(env, 'settings.update', { ...DEFAULT_SETTINGS, officeTimeZone: 'Asia/Urumqi' }, o.admin);
    const { officeTimeZone: _omitted, ...older } = DEFAULT_SETTINGS;
    const saved = await ok(env, 'settings.update', { ...older, idleLockMinutes: 20 }, o.admin);
    expect(saved).toMatchObject({ officeTimeZone: 'Asia/Urumqi', idleLockMinutes: 20 });
  });
});
