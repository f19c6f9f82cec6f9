import { create } from 'zustand';
import type { CallInput, CallOutput } from '../../shared/contract/calls';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import type { Result } from '../../shared/errors/result';
import { client } from '../api/client';

type TemplateWrite = 'templates.create' | 'templates.update' | 'templates.delete';

interface TemplatesState {
  /** Shipped first, then the users' by name, as templates.list answers. */
  templates: TemplateInfo[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  /** One write, then the list again, so the screen shows what was stored. */
  write<N extends TemplateWrite>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
}

let loads = 0;

// Templates are not part of the plan (not in plan.get, bundles or undo), so
// they have a store of their own, loaded when a form or the manager needs them.
export const useTemplates = create<TemplatesState>()((set, get) => ({
  templates: [],
  loaded: false,
  loadError: null,
  async load() {
    const ticket = ++loads;
    const result = await client().call('templates.list', {});
    if (ticket !== loads) return;
    if (result.ok) set({ templates: result.value, loaded: true, loadError: null });
    else set({ loadError: result.error.message });
  },
  async write(name, input) {
    const result = await client().call(name, input);
    if (result.ok) await get().load();
    return result;
  },
}));
