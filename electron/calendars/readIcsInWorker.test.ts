import { describe, expect, it } from 'vitest';
import { readIcs } from '../../shared/calendar/icsRead';
import { calendar, secondlyCalendar } from '../../shared/testing/hostileCalendars';
import { sampleRelease, tempBackend } from '../testing/tempBackend';
import { readIcsInWorker } from './readIcsInWorker';

const OPTIONS = { until: '2031-12-31' };

const HOLIDAYS = calendar(
  ['UID:xmas', 'DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY', 'SUMMARY:Christmas'],
  ['UID:odd', 'DTSTART;VALUE=DATE:20260228', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'],
);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

describe('reading a calendar in a worker thread', () => {
  it('gives what readIcs gives, reading and refusal alike', async () => {
    expect(await readIcsInWorker(HOLIDAYS, 'h.ics', OPTIONS)).toEqual(
      readIcs(HOLIDAYS, 'h.ics', OPTIONS),
    );
    expect(
      await refusal(
        readIcsInWorker(secondlyCalendar(700), 'h.ics', { ...OPTIONS, wholeDays: true }),
      ),
    ).toBe(
      'h.ics: event 1 (UID secondly-0): repeats within a day (RRULE FREQ=SECONDLY); holidays are whole days',
    );
  });

  it('stops a reading that takes longer than its time limit', async () => {
    const started = performance.now();
    const message = await refusal(
      readIcsInWorker(secondlyCalendar(2500), 'slow.ics', OPTIONS, {
        timeoutMs: 50,
        maxHeapMb: 256,
      }),
    );
    expect(message).toBe('slow.ics: took longer than 0.05 s to read; is this the right file?');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a file that needs more memory than its limit, and lives on', async () => {
    const events = Array.from({ length: 40_000 }, (_, i) => [
      `UID:e${i}`,
      'DTSTART;VALUE=DATE:20260101',
      `SUMMARY:${'x'.repeat(200)}`,
    ]);
    expect(
      await refusal(
        readIcsInWorker(calendar(...events), 'big.ics', OPTIONS, {
          timeoutMs: 20_000,
          maxHeapMb: 16,
        }),
      ),
    ).toBe('big.ics: needs more than 16 MB to read; is this the right file?');
    expect(await readIcsInWorker(HOLIDAYS, 'h.ics', OPTIONS)).toMatchObject({ name: null });
  });

  it("keeps the backend's event loop free while a costly calendar is read", async () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const input = { content: secondlyCalendar(2500), fileName: 'slow.ics' };
    let result: Awaited<ReturnType<typeof backend.callAsync>> | undefined;
    const stall = await longestStall(async () => {
      result = await backend.callAsync('calendars.importReference', input);
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/takes too long to expand/) },
    });
    // The same call in this thread, for comparison, holds the loop for all of it.
    const inline = await longestStall(async () => backend.call('calendars.importReference', input));
    expect(stall).toBeLessThan(100);
    expect(inline).toBeGreaterThan(stall);
    // Asynchronous or not, the import does the same.
    const holidays = { content: HOLIDAYS, fileName: 'h.ics' };
    expect(
      await backend.callAsync('calendars.importHolidays', { ...holidays, preview: true }),
    ).toEqual(backend.call('calendars.importHolidays', { ...holidays, preview: true }));
    backend.close();
  });
});
