import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Asks the server at `url` directly, as a second window or the command line
 * would, with the token from the address; fails the test if the call fails.
 */
export async function callApi<T = unknown>(
  request: APIRequestContext,
  url: string,
  name: string,
  input: unknown,
): Promise<T> {
  const token = /#token=([\w-]+)/.exec(url)![1];
  const response = await request.post(new URL('/api/call', url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: { call: name, input },
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value as T;
}
