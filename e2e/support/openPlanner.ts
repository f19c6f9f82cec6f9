import type { PlannerPage } from '../pages/PlannerPage';
import { expect } from './fixtures';

/**
 * Opens the planner on its Plan view (releases and advisories), whichever
 * view it starts on: the tests edit releases there.
 */
export async function openPlanner(planner: PlannerPage, url: string): Promise<void> {
  const page = planner.page;
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  // Not waitForPlan(): its advisories locator also matches the findings' "Advisories about…" group.
  await expect(planner.releasesPanel).toBeVisible();
}
