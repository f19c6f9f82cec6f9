import { expect, type Locator, type Page } from '@playwright/test';

/** The Findings panel of the Plan view: findings by release, suggestions beside them. */
export class FindingsPanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Findings', exact: true });
  }

  /** A release's group (or 'Advisory dates'), found by the name its heading starts with. */
  group(name: string): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^${escape(name)}\\b`) });
  }

  /** The findings listed in a group. */
  findings(group: string): Locator {
    return this.group(group).locator('.finding');
  }

  finding(group: string, text: string | RegExp): Locator {
    return this.findings(group).filter({ hasText: text });
  }

  /** The severity filter, which also shows the count: '2 errors'. */
  filter(severity: 'error' | 'warning' | 'note'): Locator {
    return this.panel
      .getByRole('group', { name: 'Show findings of severity' })
      .getByRole('button', { name: new RegExp(`^\\d+ ${severity}s?$`) });
  }

  async count(severity: 'error' | 'warning' | 'note'): Promise<number> {
    const text = (await this.filter(severity).textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }

  /** A suggestion's apply button, by what it says it will do ('Slip to Tue 16 Feb 2027'). */
  applyButton(group: string, label: string | RegExp): Locator {
    return this.group(group).locator('.suggestion').getByRole('button', { name: label });
  }

  async expectVisible(): Promise<void> {
    await expect(this.panel).toBeVisible();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
