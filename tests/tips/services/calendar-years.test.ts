// A year without the State Council's holiday table (2027 as this was written) counts Monday to
// Friday only, and the tip page says so next to the deadline until the administrator enters it.
import { describe, expect, it } from 'vitest';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';

let env: TestEnv;
let o: Office;
// The clock starts a Monday.
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, '2027-01-04T09:00:00+08:00');

describe('a year without a holiday table', () => {
  it('counts weekdays only, says so, and follows the table once it is entered', async () => {
    const [person] = registryPeople(env, 1);
    const first = await ok(env, 'tips.register', namedTip([person!], { receivedDate: '2027-01-04' }), o.clerk);
    const shown = await ok(env, 'tips.get', { id: first.id }, o.clerk);
    expect(shown.dueDate).toBe('2027-01-11'); // 拟办: 5 working days, Monday to Friday
    expect(shown.calendarNote).toBe('2027年的节假日安排尚未录入（节假日设置），该年度的工作日时限暂按周一至周五计算。');

    await ok(env, 'calendar.set', { date: '2027-01-05', kind: '休', name: '测试假日' }, o.admin);
    const second = await ok(env, 'tips.register', namedTip([person!], { receivedDate: '2027-01-04', summary: '反映另一问题' }), o.clerk);
    const after = await ok(env, 'tips.get', { id: second.id }, o.clerk);
    expect(after.dueDate).toBe('2027-01-12');
    expect(after.calendarNote).toBeNull();
  });
});
