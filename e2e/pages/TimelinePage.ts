import { expect, type Locator, type Page } from '@playwright/test';
import { viewTab } from './viewTab';

/** The timeline view (the default one): toolbar, lanes, agenda, as a user sees them. */
export class TimelinePage {
  readonly tab: Locator;
  readonly view: Locator;
  readonly plot: Locator;
  readonly axis: Locator;
  readonly agendaButton: Locator;
  readonly timelineButton: Locator;
  readonly agenda: Locator;
  readonly presentationToggle: Locator;
  readonly popover: Locator;
  readonly notices: Locator;
  readonly moveDialog: Locator;

  constructor(readonly page: Page) {
    this.tab = viewTab(page, 'Timeline');
    this.view = page.getByRole('region', { name: 'Timeline', exact: true });
    this.plot = page.getByRole('group', { name: /^Releases and advisories on a timeline/ });
    this.axis = page.getByRole('group', { name: /^Time axis/ });
    const showAs = page.getByRole('group', { name: 'Show as' });
    this.agendaButton = showAs.getByRole('button', { name: 'Agenda' });
    this.timelineButton = showAs.getByRole('button', { name: 'Timeline' });
    this.agenda = page.getByRole('table').filter({ hasText: 'Agenda' });
    this.presentationToggle = page.getByRole('button', { name: /^Presentation mode/ });
    this.popover = page.locator('.tl-popover');
    this.notices = page.locator('.notices');
    this.moveDialog = page.getByRole('dialog', { name: /^Move the .* embargo\?$/ });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.show();
  }

  async show(): Promise<void> {
    if ((await this.tab.getAttribute('aria-current')) !== 'page') await this.tab.click();
    await expect(this.view).toBeVisible();
  }

  /** A milestone marker, by its accessible name: 'Release 4.30', '4.30 Feature freeze'. */
  milestone(name: string): Locator {
    return this.plot.getByRole('button', { name: new RegExp(`^${escape(name)}, `) });
  }

  advisory(key: string): Locator {
    return this.plot.getByRole('button', { name: new RegExp(`^${escape(key)}, `) });
  }

  /** The handle at an advisory's lift, which a drag moves. */
  lift(key: string): Locator {
    return this.advisory(key).locator('.tl-lift');
  }

  /** Warning shapes whose accessible name matches, e.g. /^Error: XSA-900 lifts/. */
  findings(name: RegExp): Locator {
    return this.plot.getByRole('button', { name });
  }

  suggestion(release: string, title: string): Locator {
    return this.plot.getByRole('button', {
      name: new RegExp(`^Suggestion for ${escape(release)}: ${escape(title)}\\.`),
    });
  }

  async center(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Presses on `from`, then moves the pointer horizontally in steps to each x in turn. */
  async pressAndMove(from: Locator, xs: number[], check?: (step: number) => Promise<void>) {
    const start = await this.center(from);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    let x = start.x;
    for (const [step, target] of xs.entries()) {
      const steps = Math.max(4, Math.round(Math.abs(target - x) / 12));
      await this.page.mouse.move(target, start.y, { steps });
      x = target;
      if (check) await check(step);
    }
  }

  async release(): Promise<void> {
    await this.page.mouse.up();
  }

  /** Tabs from the top of the page until an item of the timeline has focus. */
  async tabIntoItems(): Promise<void> {
    for (let i = 0; i < 60; i++) {
      await this.page.keyboard.press('Tab');
      const inside = await this.page.evaluate(
        () => document.activeElement?.hasAttribute('data-item-id') ?? false,
      );
      if (inside) return;
    }
    throw new Error('Tab never reached a timeline item');
  }

  async focusedLabel(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }

  /** Arrow keys (Right, then Down and Right) until the focused item's name starts with `prefix`. */
  async arrowTo(prefix: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if ((await this.focusedLabel()).startsWith(prefix)) return;
      await this.page.keyboard.press(i % 10 === 9 ? 'ArrowDown' : 'ArrowRight');
    }
    throw new Error(`no item named ${prefix}… reached; at ${await this.focusedLabel()}`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
