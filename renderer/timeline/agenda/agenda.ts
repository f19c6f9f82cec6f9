import type { AdvisoryStatus } from '../../../shared/domain/advisory';
import type { Finding, Severity, Suggestion } from '../../../shared/planning';
import { shownFollowUpSummary, shownTitle } from '../../common/redaction';
import { timeOf, type FindingIndex } from '../model/findingIndex';
import { dayText, instantText, STATUS_WORD } from '../model/labels';
import type { EditorTarget } from '../../state/editorStore';
import type { AdvisoryItem, ReleaseLane } from '../model/items';
import { dayNumber } from '../../../shared/planning/days';
import { FINDING_TITLE, SUGGESTION_TITLE } from '../../../shared/planning/vocabulary';
import { DAY_MS } from '../geometry/scale';
import type { HolidayBand } from '../geometry/workingDays';

// The timeline as a table in date order: what a screen reader reads and
// what prints. The same items, filters and range as the picture.

export type AgendaKind =
  | 'holiday'
  | 'reference'
  | 'milestone'
  | 'predisclosure'
  | 'lift'
  | 'follow-up'
  | 'finding'
  | 'suggestion';

export interface AgendaRow {
  id: string;
  t: number;
  when: string;
  kind: AgendaKind;
  what: string;
  detail: string;
  /** What Edit opens, and the field it puts the cursor in. */
  edit: EditorTarget | null;
  severity: Severity | null;
  status: AdvisoryStatus | null;
  suggestion: Suggestion | null;
}

const KIND_ORDER: Record<AgendaKind, number> = {
  holiday: -2,
  reference: -1,
  milestone: 0,
  predisclosure: 1,
  lift: 2,
  'follow-up': 3,
  finding: 4,
  suggestion: 5,
};

export const AGENDA_KIND_TEXT: Record<AgendaKind, string> = {
  holiday: 'Holiday',
  reference: 'Reference',
  milestone: 'Milestone',
  predisclosure: 'Pre-disclosure',
  lift: 'Embargo lifts',
  'follow-up': 'Follow-up fix',
  finding: 'Warning',
  suggestion: 'Suggestion',
};

export interface AgendaInput {
  lanes: readonly ReleaseLane[];
  items: readonly AdvisoryItem[];
  index: FindingIndex;
  from: number;
  to: number;
  now: Date;
  presenting: boolean;
  /** Named holidays in the range (none when the settings are not loaded). */
  holidays?: readonly HolidayBand[];
  /** Other projects' calendars: their events are listed, read-only. */
  references?: readonly { name: string; events: readonly ReferenceEvent[] }[];
}

interface ReferenceEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
}

function findingRow(finding: Finding, edit: AgendaRow['edit']): AgendaRow {
  const t = timeOf(finding.date);
  return {
    id: `finding:${finding.id}`,
    t,
    when: finding.date.length > 10 ? instantText(t) : dayText(t),
    kind: 'finding',
    what: FINDING_TITLE[finding.code],
    detail: finding.message,
    edit,
    severity: finding.severity,
    status: null,
    suggestion: null,
  };
}

export function agendaRows(input: AgendaInput): AgendaRow[] {
  const { from, to, now, presenting, index } = input;
  const rows: AgendaRow[] = [];
  const inRange = (t: number) => t >= from && t <= to;
  const seenFindings = new Set<string>();

  for (const holiday of input.holidays ?? []) {
    const t = holiday.start + DAY_MS / 2;
    if (!inRange(t)) continue;
    rows.push({
      id: `holiday:${holiday.date}`,
      t,
      when: dayText(t),
      kind: 'holiday',
      what: holiday.name,
      detail: 'Non-working day',
      edit: null,
      severity: null,
      status: null,
      suggestion: null,
    });
  }

  for (const calendar of input.references ?? [])
    for (const event of calendar.events) {
      const t = dayNumber(event.start) * DAY_MS + DAY_MS / 2;
      if (!inRange(t)) continue;
      rows.push({
        id: `reference:${calendar.name}:${event.uid}:${event.start}`,
        t,
        when:
          event.end === event.start
            ? dayText(t)
            : `${dayText(t)} – ${dayText(dayNumber(event.end) * DAY_MS)}`,
        kind: 'reference',
        what: event.summary,
        detail: `${calendar.name} (reference calendar)`,
        edit: null,
        severity: null,
        status: null,
        suggestion: null,
      });
    }

  for (const lane of input.lanes) {
    const edit: EditorTarget = { type: 'release', id: lane.release.id };
    for (const mark of lane.marks) {
      if (!inRange(mark.at)) continue;
      const detail = mark.happened
        ? `Happened${mark.actual !== mark.planned ? `; planned ${dayText(mark.planned)}` : ''}`
        : `Planned${mark.baseline !== null ? `; originally ${dayText(mark.baseline)}` : ''}`;
      rows.push({
        id: `mark:${mark.id}`,
        t: mark.at,
        when: dayText(mark.at),
        kind: 'milestone',
        what: mark.kind === 'release' ? mark.name : `${lane.release.name} — ${mark.name}`,
        detail,
        edit: { ...edit, focus: { milestoneId: mark.milestone.id } },
        severity: null,
        status: null,
        suggestion: null,
      });
    }
    for (const finding of index.byRelease.get(lane.release.name) ?? []) {
      if (!inRange(timeOf(finding.date)) || seenFindings.has(finding.id)) continue;
      seenFindings.add(finding.id);
      rows.push(findingRow(finding, edit));
    }
    for (const suggestion of index.suggestionsByRelease.get(lane.release.name) ?? []) {
      const t = timeOf(suggestion.date);
      if (!inRange(t)) continue;
      rows.push({
        id: `suggestion:${suggestion.id}`,
        t,
        when: dayText(t),
        kind: 'suggestion',
        what: `${SUGGESTION_TITLE[suggestion.kind]} (${suggestion.release})`,
        detail: suggestion.message,
        edit: null,
        severity: null,
        status: null,
        suggestion,
      });
    }
  }

  for (const item of input.items) {
    const { advisory } = item;
    const edit: EditorTarget = { type: 'advisory', id: advisory.id };
    const title = shownTitle(advisory, now, presenting);
    const titleText = title === null ? 'details hidden while presenting' : title || 'no title';
    if (item.predisclosure !== null && inRange(item.predisclosure))
      rows.push({
        id: `pre:${item.id}`,
        t: item.predisclosure,
        when: instantText(item.predisclosure),
        kind: 'predisclosure',
        what: `${advisory.key} pre-disclosure`,
        detail: titleText,
        edit: { ...edit, focus: { field: 'predisclosureAt' } },
        severity: null,
        status: item.status,
        suggestion: null,
      });
    if (inRange(item.lift))
      rows.push({
        id: `lift:${item.id}`,
        t: item.lift,
        when: instantText(item.lift),
        kind: 'lift',
        what: `${advisory.key} embargo lifts`,
        detail: `${STATUS_WORD[item.status]}; ${titleText}${advisory.affects.length > 0 ? `; affects ${advisory.affects.join(', ')}` : ''}`,
        edit: { ...edit, focus: { field: 'publicAt' } },
        severity: null,
        status: item.status,
        suggestion: null,
      });
    for (const mark of item.followUps) {
      if (!inRange(mark.at)) continue;
      const summary = shownFollowUpSummary(advisory, mark.followUp, now, presenting);
      rows.push({
        id: `follow:${mark.id}`,
        t: mark.at,
        when: mark.followUp.publicAt ? instantText(mark.at) : dayText(mark.at),
        kind: 'follow-up',
        what: `Follow-up fix to ${advisory.key}`,
        detail: `${mark.followUp.status}; ${summary ?? 'summary hidden while presenting'}`,
        edit: { ...edit, focus: { followUpId: mark.followUp.id } },
        severity: null,
        status: item.status,
        suggestion: null,
      });
    }
    for (const finding of index.byAdvisory.get(advisory.key) ?? []) {
      if (!inRange(timeOf(finding.date)) || seenFindings.has(finding.id)) continue;
      seenFindings.add(finding.id);
      rows.push(findingRow(finding, edit));
    }
    for (const suggestion of index.suggestionsByAdvisory.get(advisory.key) ?? []) {
      const t = timeOf(suggestion.date);
      if (!inRange(t)) continue;
      rows.push({
        id: `suggestion:${suggestion.id}`,
        t,
        when: instantText(t),
        kind: 'suggestion',
        what: `${SUGGESTION_TITLE[suggestion.kind]} (${advisory.key})`,
        detail: suggestion.message,
        edit: null,
        severity: null,
        status: null,
        suggestion,
      });
    }
  }
  return rows.sort(
    (a, b) => a.t - b.t || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}
