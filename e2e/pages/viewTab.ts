import type { Locator, Page } from '@playwright/test';

/** A view's button in the header's Views navigation: 'Timeline', 'Plan', 'Forecast', … */
export function viewTab(page: Page, name: string | RegExp): Locator {
  return page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
}
