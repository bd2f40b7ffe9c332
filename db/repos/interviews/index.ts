// What code outside the interviews domain may use of its repos.
export { getInterviewRecord, interviewsOfTip, interviewOfNotice, type InterviewRecord } from './records.ts';
export { releaseNoticeDraft } from './notices.ts';
