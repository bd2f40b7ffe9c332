// What other domains may use of interviews in this layer; anything else of it stays inside. The
// pages are reached only through pages.tsx, which loads each when it is first opened.
export * from './home/InterviewDashboardSection.tsx';
export * from './create/RemindTalkButton.tsx';
export * from './pages.tsx';
export { PlanSection } from './plan/PlanSection.tsx';
