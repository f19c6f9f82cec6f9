import type { TestBackend } from './tempBackend';

/** Imports `content` as the file plan.json, or only previews it, through the real handler. */
export function importText(backend: TestBackend, content: string, preview = false) {
  return backend.ok('exchange.import', { content, fileName: 'plan.json', preview });
}
