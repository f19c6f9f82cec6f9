import { type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { expect, test } from './support/fixtures';

// The laptop widths release managers work at: nothing in the header is cut,
// hover cards stay on screen, and no label runs off the right edge.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** Whether an element shows all of its content: nothing scrolled away, nothing cut. */
async function uncut(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
}

async function inside(page: Page, inner: Locator, outer: Locator) {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(a.x).toBeGreaterThanOrEqual(b.x - 1);
  expect(a.y).toBeGreaterThanOrEqual(b.y - 1);
  expect(a.x + a.width).toBeLessThanOrEqual(Math.min(b.x + b.width, viewport.width) + 1);
  expect(a.y + a.height).toBeLessThanOrEqual(Math.min(b.y + b.height, viewport.height) + 1);
}

for (const width of [1280, 1440]) {
  test(`at ${width} px the header, hover cards and axis labels are whole`, async ({
    page,
    app,
    timeline,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await timeline.open(app.url);
    await page.getByRole('button', { name: 'Load sample plan' }).click();
    await expect(timeline.milestone('Release 4.21')).toBeVisible();

    // The header: every item whole, the findings count readable, the undo step in its tooltip.
    const bar = page.locator('.titlebar');
    expect(await uncut(bar)).toBe(true);
    for (const item of await bar.locator('button:visible, .titlebar-meta > span:visible').all()) {
      expect(await uncut(item)).toBe(true);
      await inside(page, item, bar);
    }
    await expect(page.getByRole('button', { name: '2 errors' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAttribute(
      'title',
      'Undo Import sample plan (Ctrl+Z)',
    );

    // A hover card near the bottom right stays inside the timeline and the window.
    const last = timeline.advisory('XSA-472');
    await last.hover();
    await expect(timeline.popover).toBeVisible();
    await inside(page, timeline.popover, page.locator('.tl-canvas'));
    await page.screenshot({ path: path.join(SHOTS, `layout-hover-card-${width}.png`) });

    // Axis labels end inside the axis.
    const axis = page.locator('.tl-axis-labels');
    const axisBox = (await axis.boundingBox())!;
    for (const label of await axis.locator('text').all()) {
      const box = (await label.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(axisBox.x + axisBox.width + 1);
    }
    await page.screenshot({
      path: path.join(SHOTS, `layout-header-${width}.png`),
      clip: { x: 0, y: 0, width, height: 60 },
    });
  });
}
