// The office's profile and 通知 drafts as the documents tests need them.
import type { OfficeProfileInput } from '../../shared/core/office.ts';
import type { NoticeFields } from '../../shared/documents/register.ts';
import { DEMO_OFFICE } from '../../electron/services/core/demoOffice.ts';
import { ok, type TestEnv } from './services.ts';
import { testDay } from './testDate.ts';

/** The demo county's 机关信息 (纪委 and 监委 issuing jointly). */
export const TEST_OFFICE: OfficeProfileInput = DEMO_OFFICE;

/** Saves 机关信息 as the administrator (again is harmless). */
export async function saveOffice(env: TestEnv, admin: string, profile: OfficeProfileInput = TEST_OFFICE): Promise<void> {
  await ok(env, 'office.update', profile, admin);
}

export function noticeFields(over: Partial<NoticeFields> = {}): NoticeFields {
  return {
    title: '关于开展廉情预警信息报送工作的通知',
    recipients: '各镇（街道）纪（工）委，县直各单位纪检组织',
    body: '为及时掌握各单位廉情动态，现将有关事项通知如下：\n一、报送内容\n各单位党风廉政建设责任制落实情况。\n二、报送时间\n每季度末月25日前。',
    attachments: ['廉情预警信息报送表'],
    date: testDay(0),
    copyTo: '县委办公室',
    ...over,
  };
}

export async function draftNotice(env: TestEnv, session: string, over: Partial<NoticeFields> = {}) {
  return ok(env, 'docs.createDraft', { kind: 'notice', fields: noticeFields(over) }, session);
}
