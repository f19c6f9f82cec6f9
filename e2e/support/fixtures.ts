import { test as base } from '@playwright/test';
import { AdvisoryForm } from '../pages/AdvisoryForm';
import { FindingsPanel } from '../pages/FindingsPanel';
import { ForecastPage } from '../pages/ForecastPage';
import { PlannerPage } from '../pages/PlannerPage';
import { ReleaseForm } from '../pages/ReleaseForm';
import { RetrospectivePage } from '../pages/RetrospectivePage';
import { SettingsPage } from '../pages/SettingsPage';
import { TimelinePage } from '../pages/TimelinePage';
import { callApi } from './callApi';
import { startWebApp, tempDbFile } from './webApp';

export { expect } from '@playwright/test';

/** The app under test: the browser-mode server on a database of the test's own. */
export interface App {
  /** The address with the token, as the latest server printed it. */
  readonly url: string;
  readonly dbFile: string;
  /** Stops the server, as quitting the app does; the database file stays. */
  stop(): Promise<void>;
  /** Starts a new server on the same database file (a new address and token), stopping any still running. */
  start(): Promise<void>;
  /** The same as start(), for a server that is running: quit and open again. */
  restart(): Promise<void>;
}

export interface Fixtures {
  /** Started for each test that asks for it, on a fresh database; stopped after it. */
  app: App;
  /** Asks the server directly, as a second window would; fails the test if the call fails. */
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  planner: PlannerPage;
  timeline: TimelinePage;
  findings: FindingsPanel;
  settings: SettingsPage;
  forecast: ForecastPage;
  retrospective: RetrospectivePage;
  releaseForm: ReleaseForm;
  advisoryForm: AdvisoryForm;
}

/** `test` from Playwright with the app and its page objects as fixtures. */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern: the app needs none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dbFile = tempDbFile();
    let server = await startWebApp(dbFile);
    const start = async () => {
      await server.stop();
      server = await startWebApp(dbFile);
    };
    await use({
      get url() {
        return server.url;
      },
      dbFile,
      stop: () => server.stop(),
      start,
      restart: start,
    });
    await server.stop();
  },
  call: async ({ request, app }, use) => {
    await use(<T>(name: string, input: unknown) => callApi<T>(request, app.url, name, input));
  },
  planner: async ({ page }, use) => use(new PlannerPage(page)),
  timeline: async ({ page }, use) => use(new TimelinePage(page)),
  findings: async ({ page }, use) => use(new FindingsPanel(page)),
  settings: async ({ page }, use) => use(new SettingsPage(page)),
  forecast: async ({ page }, use) => use(new ForecastPage(page)),
  retrospective: async ({ page }, use) => use(new RetrospectivePage(page)),
  releaseForm: async ({ page }, use) => use(new ReleaseForm(page)),
  advisoryForm: async ({ page }, use) => use(new AdvisoryForm(page)),
});

/** The `call` fixture, for helpers that seed a plan through the server. */
export type Call = Fixtures['call'];
