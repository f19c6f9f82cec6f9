import { useStore } from 'zustand';
import { planStore } from './plan';
import type { PlanState } from './planStore';

export { planStore };

export function usePlan<T>(select: (state: PlanState) => T): T {
  return useStore(planStore, select);
}
