import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebApp, tempDbFile, type WebApp } from '../../e2e/support/webApp';
import { builtFiles, firstScreenScripts } from './firstScreen';
import { benchBundle } from './seed';

// `npm run bench:ui`: the timeline with 10,000 advisories and 100 releases,
// imported through the backend's exchange.import, then timed in the page:
// first render (from the plan's arrival and from navigation), frame times
// while panning and zooming (requestAnimationFrame timestamps during
// scripted wheel and drag input), a drag with live recompute of the
// findings, and the DOM node count throughout; and the size of the
// JavaScript the first screen loads.

const ADVISORIES = 10_000;
const RELEASES = 100;
const TARGET = {
  firstRenderMs: 300,
  fromNavigationMs: 400,
  firstScreenScriptKb: 120,
  medianFrameMs: 16,
  domNodes: 3_000,
};
const RESULTS = path.resolve(__dirname, '../../bench-results');
const BUILT = path.resolve(__dirname, '../../.vite/renderer/main_window');

let app: WebApp;

test.beforeAll(async () => {
  app = await startWebApp(tempDbFile());
});

test.afterAll(async () => {
  await app?.stop();
});

interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  maxDomNodes: number;
}

function stats(intervals: number[], maxDomNodes: number): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted[sorted.length - 1]),
    maxDomNodes,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Runs `frames` animation frames, calling `input(i)` in each, and returns the frame intervals. */
async function scripted(page: Page, kind: 'pan' | 'zoom', frames: number) {
  return page.evaluate(
    ({ kind, frames }) =>
      new Promise<{ intervals: number[]; maxNodes: number }>((resolve) => {
        const target = document.querySelector('.tl-scroll')!;
        const box = target.getBoundingClientRect();
        const clientX = box.left + box.width / 2;
        const clientY = box.top + 60;
        const intervals: number[] = [];
        let maxNodes = 0;
        let last = 0;
        let i = 0;
        const step = (time: number) => {
          if (last) intervals.push(time - last);
          last = time;
          if (i % 5 === 0) maxNodes = Math.max(maxNodes, document.getElementsByTagName('*').length);
          if (i++ >= frames) return resolve({ intervals, maxNodes });
          const zoomIn = i < frames / 2;
          target.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              clientX,
              clientY,
              ...(kind === 'pan'
                ? { deltaX: i < frames / 2 ? 40 : -40 }
                : { deltaY: zoomIn ? -25 : 25, ctrlKey: true }),
            }),
          );
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { kind, frames },
  );
}

/** Records frame intervals while `body` drives real input from Playwright. */
async function recordFrames(page: Page, body: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __frames: { intervals: number[]; maxNodes: number; on: boolean };
    };
    w.__frames = { intervals: [], maxNodes: 0, on: true };
    let last = 0;
    let i = 0;
    const step = (time: number) => {
      if (!w.__frames.on) return;
      if (last) w.__frames.intervals.push(time - last);
      last = time;
      if (i++ % 5 === 0)
        w.__frames.maxNodes = Math.max(
          w.__frames.maxNodes,
          document.getElementsByTagName('*').length,
        );
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await body();
  return page.evaluate(() => {
    const w = window as unknown as {
      __frames: { intervals: number[]; maxNodes: number; on: boolean };
    };
    w.__frames.on = false;
    return { intervals: w.__frames.intervals, maxNodes: w.__frames.maxNodes };
  });
}

const LOADS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function merge(
  a: { intervals: number[]; maxNodes: number },
  b: { intervals: number[]; maxNodes: number },
) {
  return {
    intervals: [...a.intervals, ...b.intervals],
    maxNodes: Math.max(a.maxNodes, b.maxNodes),
  };
}

/** When the plan arrived and when the timeline first showed it, from the page's own timings. */
function firstRender(page: Page) {
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const calls = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('/api/call'));
    // The plan is the largest answer the page received.
    const plan = calls.sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
    const painted = at('timeline-first-render:painted');
    // Every script the page had received by the time the timeline was on screen.
    const scripts = performance
      .getEntriesByType('resource')
      .filter(
        (e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= painted,
      )
      .map((e) => e.name);
    return {
      scripts,
      planBytes: plan?.encodedBodySize ?? 0,
      planArrived: plan?.responseEnd ?? NaN,
      inStore: at('plan-in-store'),
      painted,
      findingsPainted: at('timeline-findings:painted'),
    };
  });
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

test('timeline with 10,000 advisories and 100 releases', async ({ page, request }) => {
  const { json, nextRelease } = benchBundle({
    advisories: ADVISORIES,
    releases: RELEASES,
    now: new Date(),
  });
  const token = /#token=([\w-]+)/.exec(app.url)![1];
  const imported = await request.post(new URL('/api/call', app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: { call: 'exchange.import', input: { content: json, fileName: 'bench.json' } },
    timeout: 240_000,
  });
  const report = (await imported.json()) as { ok: boolean; value?: { added: string[] } };
  expect(report.ok, JSON.stringify(report).slice(0, 500)).toBe(true);

  // The first render, three times over (a reload each): the median of each figure.
  const loadBefore = os.loadavg().map(round);
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    // A real load each time: the app drops its #token from the address, so
    // going to the same URL again would only change the fragment.
    await page.goto('about:blank');
    await page.goto(app.url);
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-findings:painted').length > 0,
      null,
      { timeout: 60_000 },
    );
    loads.push(await firstRender(page));
  }
  const first = {
    planBytes: loads[0].planBytes,
    fromPlan: median(loads.map((l) => l.painted - l.planArrived)),
    parse: median(loads.map((l) => l.inStore - l.planArrived)),
    render: median(loads.map((l) => l.painted - l.inStore)),
    fromNavigation: median(loads.map((l) => l.painted)),
    findings: median(loads.map((l) => l.findingsPainted)),
  };
  const initialNodes = await domNodes(page);
  const upFront = firstScreenScripts(BUILT);
  const beforePaint = builtFiles(BUILT, loads[0].scripts);

  // Scripted wheel input, twice each; the frames of both runs together.
  const pan = merge(await scripted(page, 'pan', 120), await scripted(page, 'pan', 120));
  const zoom = merge(await scripted(page, 'zoom', 120), await scripted(page, 'zoom', 120));

  // Drag-panning with the mouse, as a person would.
  const plot = page.locator('.tl-plot');
  const box = (await plot.boundingBox())!;
  const dragPan = await recordFrames(page, async () => {
    await page.mouse.move(box.x + box.width * 0.7, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 60, { steps: 60 });
    await page.mouse.move(box.x + box.width * 0.7, box.y + 40, { steps: 60 });
    await page.mouse.up();
  });

  // A drag of the next release's date, with the findings recomputed on every move.
  // With no release chosen, "Fit release" shows the next one due.
  await page.getByRole('button', { name: 'Fit release' }).click();
  const marker = page.getByRole('button', {
    name: new RegExp(`^Release ${nextRelease.replace('.', '\\.')}, `),
  });
  const start = (await marker.boundingBox())!;
  const sx = start.x + start.width / 2;
  const sy = start.y + start.height / 2;
  let findingsChanged = false;
  const before = await page.locator('.tl-sev').count();
  const drag = await recordFrames(page, async () => {
    await page.mouse.move(sx, sy);
    await page.mouse.down();
    await page.mouse.move(sx - 240, sy, { steps: 60 });
    findingsChanged = (await page.locator('.tl-sev').count()) !== before;
    await page.mouse.move(sx + 120, sy, { steps: 60 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });

  // The whole history at once: clusters instead of slivers.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(300);
  const fitAllNodes = await domNodes(page);
  // What the whole history looks like: dense rows merged into groups, one pointed at.
  const cluster = page.locator('.tl-cluster').first();
  const clusterBox = await cluster.boundingBox();
  if (clusterBox) await page.mouse.move(clusterBox.x + 40, clusterBox.y + clusterBox.height / 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.resolve(__dirname, '../../screenshots/bench-fit-all.png') });

  const results = {
    plan: {
      advisories: ADVISORIES,
      releases: RELEASES,
      planKiB: Math.round(first.planBytes / 1024),
    },
    machine: {
      cpus: os.cpus().length,
      loadAverageBefore: loadBefore,
      loadAverage: os.loadavg().map(round),
    },
    firstScreenScripts: {
      files: upFront.files.length,
      kB: round(upFront.bytes / 1000),
      gzipKB: round(upFront.gzipBytes / 1000),
      receivedBeforeFirstPaint: beforePaint.map((f) => f.file),
      receivedBeforeFirstPaintGzipKB: round(
        beforePaint.reduce((sum, f) => sum + f.gzipBytes, 0) / 1000,
      ),
    },
    firstRender: {
      fromPlanArrivalMs: round(first.fromPlan),
      planParsedAndStoredMs: round(first.parse),
      storeToPaintedMs: round(first.render),
      fromNavigationMs: round(first.fromNavigation),
      findingsShownFromNavigationMs: round(first.findings),
    },
    panWheel: stats(pan.intervals, pan.maxNodes),
    zoomWheel: stats(zoom.intervals, zoom.maxNodes),
    panDrag: stats(dragPan.intervals, dragPan.maxNodes),
    dragWithRecompute: { ...stats(drag.intervals, drag.maxNodes), findingsChanged },
    domNodes: {
      initial: initialNodes,
      fitAll: fitAllNodes,
      max: Math.max(
        initialNodes,
        fitAllNodes,
        pan.maxNodes,
        zoom.maxNodes,
        dragPan.maxNodes,
        drag.maxNodes,
      ),
    },
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'ui.json'), JSON.stringify(results, null, 2));

  const line = (name: string, value: number, target: number, unit: string) =>
    `  ${name.padEnd(34)} ${String(value).padStart(8)} ${unit.padEnd(3)} target ≤ ${target} ${value <= target ? 'ok' : 'MISSED'}`;
  const frames = (name: string, s: FrameStats) =>
    `  ${name.padEnd(34)} median ${s.medianMs} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms over ${s.frames} frames`;
  console.log(
    [
      '',
      `UI benchmark: ${ADVISORIES} advisories, ${RELEASES} releases (plan ${results.plan.planKiB} KiB)`,
      `  machine: ${results.machine.cpus} CPUs, load average ${results.machine.loadAverageBefore.join(' ')} before, ${results.machine.loadAverage.join(' ')} after; first render is the median of ${LOADS} loads`,
      line(
        'first render (plan arrived → painted)',
        results.firstRender.fromPlanArrivalMs,
        TARGET.firstRenderMs,
        'ms',
      ),
      `    of which: JSON parse and store ${results.firstRender.planParsedAndStoredMs} ms, render and paint ${results.firstRender.storeToPaintedMs} ms`,
      line(
        'first render from navigation',
        results.firstRender.fromNavigationMs,
        TARGET.fromNavigationMs,
        'ms',
      ),
      `  ${'findings shown from navigation'.padEnd(34)} ${String(results.firstRender.findingsShownFromNavigationMs).padStart(8)} ms`,
      line(
        'first screen JS, gzipped',
        results.firstScreenScripts.gzipKB,
        TARGET.firstScreenScriptKb,
        'kB',
      ),
      `    ${results.firstScreenScripts.files} files, ${results.firstScreenScripts.kB} kB as built (index.html's script and its preloads); ${results.firstScreenScripts.receivedBeforeFirstPaintGzipKB} kB gzipped of scripts had arrived by the first paint`,
      frames('pan (wheel)', results.panWheel),
      frames('zoom (ctrl+wheel)', results.zoomWheel),
      frames('pan (mouse drag)', results.panDrag),
      frames('drag release, live findings', results.dragWithRecompute),
      line('median frame, pan', results.panWheel.medianMs, TARGET.medianFrameMs + 0.9, 'ms'),
      line('median frame, zoom', results.zoomWheel.medianMs, TARGET.medianFrameMs + 0.9, 'ms'),
      line(
        'median frame, drag + recompute',
        results.dragWithRecompute.medianMs,
        TARGET.medianFrameMs + 0.9,
        'ms',
      ),
      line('DOM nodes (max seen)', results.domNodes.max, TARGET.domNodes, ''),
      `  DOM nodes: initial ${results.domNodes.initial}, fit all ${results.domNodes.fitAll}`,
      `  results: ${path.relative(process.cwd(), path.join(RESULTS, 'ui.json'))}`,
      '',
    ].join('\n'),
  );

  expect.soft(findingsChanged, 'findings follow the dragged release').toBe(true);
  expect.soft(results.firstRender.fromPlanArrivalMs).toBeLessThanOrEqual(TARGET.firstRenderMs);
  expect.soft(results.firstRender.fromNavigationMs).toBeLessThanOrEqual(TARGET.fromNavigationMs);
  expect.soft(results.firstScreenScripts.gzipKB).toBeLessThanOrEqual(TARGET.firstScreenScriptKb);
  // A 60 Hz display paints every 16.7 ms: a median at the display's interval meets the target.
  expect.soft(results.panWheel.medianMs).toBeLessThanOrEqual(TARGET.medianFrameMs + 0.9);
  expect.soft(results.zoomWheel.medianMs).toBeLessThanOrEqual(TARGET.medianFrameMs + 0.9);
  expect.soft(results.domNodes.max).toBeLessThanOrEqual(TARGET.domNodes);
});
