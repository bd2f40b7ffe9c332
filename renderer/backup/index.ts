// What other domains may use of backup in this layer: its navigation entry (the page loads itself).
export * from './pages.tsx';
