import type { AdvisoryStatus } from '../../../shared/domain/advisory';
import type { Finding, Suggestion } from '../../../shared/planning';
import { dayLabel, instantLabel } from '../../../shared/planning/days';
import {
  SEVERITY_WORD,
  severitySummary,
  SUGGESTION_TITLE,
} from '../../../shared/planning/vocabulary';
import { shownCves, shownFollowUpSummary, shownTitle } from '../../common/redaction';
import type { AdvisoryItem, FollowUpMark, MilestoneMark } from './items';
import { DAY_MS } from '../geometry/scale';

// The words behind every shape: aria-labels, tooltips and agenda rows say
// the same thing, so a screen reader hears what a sighted user sees.

export const STATUS_WORD: Record<AdvisoryStatus, string> = {
  embargoed: 'embargoed',
  public: 'public',
  withdrawn: 'withdrawn',
};

/** 'Tue 9 Feb 2027' for a position on the axis that stands for a calendar date. */
export function dayText(t: number): string {
  return dayLabel(Math.floor(t / DAY_MS));
}

const instantTexts = new Map<number, string>();

/** 'Wed 10 Feb 2027 12:00 UTC' for an instant. */
export function instantText(t: number): string {
  let text = instantTexts.get(t);
  if (text === undefined) {
    text = instantLabel(new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    // Lifts share a handful of times of day, so this stays small; bounded all the same.
    if (instantTexts.size > 50_000) instantTexts.clear();
    instantTexts.set(t, text);
  }
  return text;
}

export function markLabel(releaseName: string, mark: MilestoneMark, todayMs?: number): string {
  const what = mark.kind === 'release' ? mark.name : `${releaseName} ${mark.name}`;
  const parts = [what];
  if (mark.happened) {
    parts.push(`happened ${dayText(mark.at)}`);
    if (mark.actual !== mark.planned) parts.push(`planned ${dayText(mark.planned)}`);
  } else if (todayMs !== undefined && mark.planned < todayMs) {
    const days = Math.round((todayMs - mark.planned) / DAY_MS);
    parts.push(
      `overdue: planned ${dayText(mark.planned)}, ${days === 1 ? '1 day' : `${days} days`} ago, not recorded as done`,
    );
  } else parts.push(`planned ${dayText(mark.planned)}`);
  if (mark.baseline !== null) parts.push(`originally ${dayText(mark.baseline)}`);
  return parts.join(', ');
}

export function advisoryLabel(
  item: AdvisoryItem,
  findings: readonly Finding[] | undefined,
  now: Date,
  presenting: boolean,
): string {
  const { advisory } = item;
  const title = shownTitle(advisory, now, presenting);
  const cves = shownCves(advisory, now, presenting);
  const parts = [`${advisory.key}, ${STATUS_WORD[item.status]}`];
  if (title === null) parts.push('details hidden while presenting');
  else if (title) parts.push(title);
  if (cves.length > 0) parts.push(cves.join(' '));
  if (item.predisclosure !== null) parts.push(`pre-disclosed ${instantText(item.predisclosure)}`);
  parts.push(`${item.status === 'embargoed' ? 'lifts' : 'lifted'} ${instantText(item.lift)}`);
  if (item.followUps.length > 0)
    parts.push(`${item.followUps.length} follow-up${item.followUps.length === 1 ? '' : 's'}`);
  const summary = severitySummary(findings);
  if (summary) parts.push(summary);
  return parts.join(', ');
}

export function followUpLabel(
  item: AdvisoryItem,
  mark: FollowUpMark,
  now: Date,
  presenting: boolean,
): string {
  const summary = shownFollowUpSummary(item.advisory, mark.followUp, now, presenting);
  const when = mark.followUp.publicAt
    ? `published ${instantText(mark.at)}`
    : `due ${dayText(mark.at)}`;
  return `Follow-up fix to ${item.advisory.key}, ${mark.followUp.status}, ${when}${summary ? `: ${summary}` : ''}`;
}

export function findingLabel(finding: Finding): string {
  return `${SEVERITY_WORD[finding.severity]}: ${finding.message}`;
}

/** A suggestion drawn beside what it is about: a release's name or an advisory's key. */
export function suggestionLabel(about: string, suggestion: Suggestion): string {
  return `Suggestion for ${about}: ${SUGGESTION_TITLE[suggestion.kind]}. ${suggestion.message} Press Enter to apply it.`;
}
