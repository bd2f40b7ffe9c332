// What other domains may use of interviews in this layer; anything else of it stays inside.
export { PlanSection } from './plan/PlanSection.tsx';
