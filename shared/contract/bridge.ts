/** What the preload exposes on `window`, and nothing more. */
export interface PlannerBridge {
  invoke(call: string, input: unknown): Promise<unknown>;
}

export const BRIDGE_KEY = 'embargoPlanner';
export const IPC_CHANNEL = 'planner:invoke';
