import { test } from '@playwright/test';
import { startWebApp, tempDbFile } from '../../e2e/support/webApp';
import { benchBundle } from './seed';

test('dom', async ({ page, request }) => {
  const app = await startWebApp(tempDbFile());
  const { json } = benchBundle({ advisories: 10000, releases: 100, now: new Date() });
  const token = /#token=([\w-]+)/.exec(app.url)![1];
  await request.post(new URL('/api/call', app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: { call: 'exchange.import', input: { content: json, fileName: 'bench.json' } },
    timeout: 240_000,
  });
  await page.goto(app.url);
  await page.waitForFunction(
    () => performance.getEntriesByName('timeline-findings:painted').length > 0,
    null,
    { timeout: 60000 },
  );
  console.log(
    await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const el of document.getElementsByTagName('*')) {
        const k = `${el.tagName} ${(el.getAttribute('class') ?? '').split(' ')[0]}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${v} ${k}`)
        .join('\n');
    }),
  );
  await page.screenshot({ path: 'screenshots/bench-initial.png' });
  await app.stop();
});
