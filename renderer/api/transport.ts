import { BRIDGE_KEY, type PlannerBridge } from '../../shared/contract/bridge';
import type { Result } from '../../shared/errors/result';

export type Transport = (call: string, input: unknown) => Promise<Result<unknown>>;

const TOKEN_KEY = 'embargo-planner-token';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * In browser mode the token arrives in the address's fragment (never sent to
 * a server); keep it for this tab and take it out of the address bar so it is
 * not bookmarked or shown when screen-sharing.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = takeToken();
  return async (call, input) => {
    try {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ call, input }),
      });
      const body: unknown = await response.json();
      return isResult(body)
        ? body
        : failure(`Unexpected answer from the server (${response.status})`);
    } catch (error) {
      return failure(
        `The planner's server cannot be reached (${error instanceof Error ? error.message : 'network error'}). Is "npm run web" still running?`,
      );
    }
  };
}

function ipcTransport(bridge: PlannerBridge): Transport {
  return async (call, input) => {
    try {
      const body = await bridge.invoke(call, input);
      return isResult(body) ? body : failure('Unexpected answer from the main process');
    } catch (error) {
      return failure(error instanceof Error ? error.message : 'IPC failed');
    }
  };
}

/** The desktop app's bridge when there is one, else the loopback server. */
export function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, PlannerBridge | undefined>)[BRIDGE_KEY];
  return bridge ? ipcTransport(bridge) : httpTransport();
}
