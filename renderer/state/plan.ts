import { client } from '../api/client';
import { createPlanStore } from './planStore';

// The renderer's one plan store, apart from the React hook that reads it
// (usePlan.ts): the first-screen boot script (app/startLoading.ts) fills it
// before React has loaded.
export const planStore = createPlanStore(client);
