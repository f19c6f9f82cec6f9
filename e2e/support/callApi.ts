import { expect, type APIRequestContext } from '@playwright/test';
import type { WebApp } from './webApp';

/**
 * Asks the server directly, as a second window or the command line would,
 * with the token from the app's address; fails the test if the call fails.
 */
export async function callApi<T = unknown>(
  request: APIRequestContext,
  app: WebApp,
  name: string,
  input: unknown,
): Promise<T> {
  const token = /#token=([\w-]+)/.exec(app.url)![1];
  const response = await request.post(new URL('/api/call', app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: { call: name, input },
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value as T;
}
