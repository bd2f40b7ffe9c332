// What other domains may use of tips in this layer; anything else of it stays inside.
export * from './TipsPage.tsx';
export * from './home/TipDashboardSection.tsx';
export * from './stats/TipStatsPage.tsx';
export * from './pages.tsx';
