import { describe, expect, it } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract/bridge';
import type { Result } from '../../shared/errors/result';
import {
  FakeWebContents,
  launch,
  plannerFile,
  useFakeElectron,
  type Fake,
  type Handler,
} from '../testing/fakeElectron';

// The Electron glue in main.ts, run against a stand-in for the electron
// module (electron/testing/fakeElectron): this machine has no Electron binary,
// and the wiring (which check guards which door) is what these tests are
// about. e2e/electron runs the real thing where Electron exists.
// Here: the one IPC channel, who may call it and what it passes on.

useFakeElectron();

/** What Electron's ipcMain.handle hands back to the renderer: the handler's value, awaited. */
async function invoke(
  fake: Fake,
  event: object,
  call: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  const handler = fake.ipcHandlers.get(IPC_CHANNEL) as (
    event: object,
    call: unknown,
    input: unknown,
  ) => Result<unknown> | Promise<Result<unknown>>;
  return await handler(event, call, input);
}

describe('the Electron main process', () => {
  it('serves calls from the main frame of its window only', async () => {
    const fake = await launch(plannerFile());
    const contents = fake.windows[0].webContents;
    const main = contents.mainFrame;

    const answer = await invoke(fake, { senderFrame: main, sender: contents }, 'plan.get', {});
    expect(answer.ok).toBe(true);

    const refused = [
      { senderFrame: { url: main.url, parent: main }, sender: contents },
      { senderFrame: main, sender: new FakeWebContents() },
      { senderFrame: { url: 'https://example.com/', parent: null }, sender: contents },
      { senderFrame: null, sender: contents },
    ];
    for (const event of refused) {
      const result = await invoke(fake, event, 'plan.get', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('passes the call through to the handlers, which validate it', async () => {
    const fake = await launch(plannerFile());
    const contents = fake.windows[0].webContents;
    const event = { senderFrame: contents.mainFrame, sender: contents };
    expect(await invoke(fake, event, 'no.such.call', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    });
  });

  it('reads a calendar file for the window without holding up the main process', async () => {
    const fake = await launch(plannerFile());
    const contents = fake.windows[0].webContents;
    const event = { senderFrame: contents.mainFrame, sender: contents };
    const handler = fake.ipcHandlers.get(IPC_CHANNEL) as Handler;
    const content = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;VALUE=DATE:20271225',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const input = { content, fileName: 'h.ics', preview: true };
    // A promise, settled by the worker thread that reads the file.
    const pending = (handler as (...args: unknown[]) => unknown)(
      event,
      'calendars.importHolidays',
      input,
    );
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toMatchObject({ ok: true, value: { added: ['2027-12-25'] } });
  });
});
