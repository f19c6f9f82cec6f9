import { describe, expect, it } from 'vitest';
import type { CallName } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import type { Client } from '../api/client';
import { prepareExport, previewLines } from './prepareExport';

function answering(values: Partial<Record<CallName, unknown>>) {
  const calls: { name: CallName; input: unknown }[] = [];
  const client = {
    call: (name: CallName, input: unknown) => {
      calls.push({ name, input });
      return Promise.resolve({ ok: true, value: values[name] } as Result<unknown>);
    },
  } as Client;
  return { client, calls };
}

describe('preparing an export', () => {
  it('asks for the calendar of the chosen scope and profile', async () => {
    const { client, calls } = answering({
      'calendars.exportIcs': {
        fileName: 'embargo-planner-4.11-team.ics',
        content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        profile: 'team',
        notice: '',
        events: 12,
        cancelled: 1,
      },
    });
    const result = await prepareExport(client, { format: 'ics', release: '4.11', profile: 'team' });
    expect(calls).toEqual([
      { name: 'calendars.exportIcs', input: { profile: 'team', release: '4.11', preview: true } },
    ]);
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'embargo-planner-4.11-team.ics', summary: '12 events, 1 cancelled' },
    });
  });

  it('asks for the calendar again to save it, this time as leaving the machine', async () => {
    const { client, calls } = answering({
      'calendars.exportIcs': {
        fileName: 'embargo-planner-plan-public.ics',
        content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        profile: 'public',
        notice: '',
        events: 0,
        cancelled: 0,
      },
    });
    await prepareExport(
      client,
      { format: 'ics', release: null, profile: 'public' },
      { preview: false },
    );
    expect(calls).toEqual([
      { name: 'calendars.exportIcs', input: { profile: 'public', release: null, preview: false } },
    ]);
  });

  it('saves a mail with its subject, and previews and copies the body alone', async () => {
    const { client } = answering({
      'calendars.scheduleMail': {
        subject: 'Xen 4.11 schedule',
        text: 'a\nb',
        profile: 'public',
        notice: '',
      },
    });
    const result = await prepareExport(client, {
      format: 'mail',
      release: '4.11',
      profile: 'public',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        fileName: 'embargo-planner-4.11-schedule-public.txt',
        content: 'Subject: Xen 4.11 schedule\n\na\nb',
        subject: 'Xen 4.11 schedule',
        body: 'a\nb',
      },
    });
  });

  it('refuses a mail without a release rather than asking the backend', async () => {
    const { client, calls } = answering({});
    const result = await prepareExport(client, {
      format: 'mail',
      release: null,
      profile: 'public',
    });
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('writes a bundle as indented JSON and counts what is in it', async () => {
    const bundle = {
      format: 'embargo-planner/bundle',
      exportedAt: '2026-11-25T12:00:00Z',
      releases: [{}],
      advisories: [{}, {}],
    };
    const { client } = answering({ 'exchange.exportBundle': bundle });
    const result = await prepareExport(client, {
      format: 'bundle',
      release: null,
      profile: 'public',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        fileName: 'embargo-planner-plan-public-2026-11-25.json',
        content: `${JSON.stringify(bundle, null, 2)}\n`,
        summary: '1 release, 2 advisories',
      },
    });
  });
});

describe('preview lines', () => {
  it('shows CRLF text as lines, without stray carriage returns', () => {
    expect(previewLines('A\r\nB\r\n', 10)).toEqual({ text: 'A\nB', hidden: 0 });
  });

  it('says how many lines it left out', () => {
    expect(previewLines('1\n2\n3\n4\n', 2)).toEqual({ text: '1\n2', hidden: 2 });
  });
});
