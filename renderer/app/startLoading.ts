import { planStore } from '../state/plan';

// The first screen's boot script: index.html runs it on its own, before the
// app's modules have arrived (vite.renderer.config.ts adds it there), and
// main.tsx imports it as well, which runs it at most once. The plan, the
// largest answer and the slowest for the backend to read, is on its way
// while React and the timeline load, rather than once the app has mounted.
// So it needs no React: the store alone, and the transport.

// The planning engine's files go first, so that they are not queued behind
// the plan's answer; useAnalysis.ts finds the module already loaded.
void import('../../shared/planning/analyser');
void planStore.getState().load();
