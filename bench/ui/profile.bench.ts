import { test } from '@playwright/test';
import fs from 'node:fs';
import { startWebApp, tempDbFile } from '../../e2e/support/webApp';
import { benchBundle } from './seed';

test('profile', async ({ page, request, browser }) => {
  const app = await startWebApp(tempDbFile());
  const { json } = benchBundle({ advisories: 10000, releases: 100, now: new Date() });
  const token = /#token=([\w-]+)/.exec(app.url)![1];
  await request.post(new URL('/api/call', app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: { call: 'exchange.import', input: { content: json, fileName: 'bench.json' } },
    timeout: 240_000,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(app.url);
  await page.waitForFunction(
    () => performance.getEntriesByName('timeline-findings:painted').length > 0,
    null,
    { timeout: 60000 },
  );
  const load = await cdp.send('Profiler.stop');
  fs.writeFileSync('/tmp/tl/load.cpuprofile', JSON.stringify(load.profile));
  await browser.startTracing(page, {
    path: '/tmp/tl/pan.trace.json',
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await cdp.send('Profiler.start');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const target = document.querySelector('.tl-scroll')!;
        let i = 0;
        const step = () => {
          if (i++ > 60) return resolve();
          target.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              clientX: 700,
              clientY: 400,
              deltaX: 40,
            }),
          );
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const pan = await cdp.send('Profiler.stop');
  await browser.stopTracing();
  fs.writeFileSync('/tmp/tl/pan.cpuprofile', JSON.stringify(pan.profile));
  await app.stop();
});
