import { useStore } from 'zustand';
import { client } from '../api/client';
import { createPlanStore, type PlanState } from './planStore';

export const planStore = createPlanStore(client);

export function usePlan<T>(select: (state: PlanState) => T): T {
  return useStore(planStore, select);
}
