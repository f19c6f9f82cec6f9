// What the figures under a suggestion mean, for the footnote beside them: a
// forecast of "2% chance" says nothing until one knows what was counted.

const NOTES: Record<string, { term: string; note: string }> = {
  advisoriesPerWeek: {
    term: 'Advisories a week',
    note: 'How many advisories lifted in the 365 days before today, divided by the weeks in a year: the rate at which new ones are expected to arrive.',
  },
  batchesPerWeek: {
    term: 'Batches a week',
    note: 'How many days with at least one lift there were in the 365 days before today, a week: advisories that lift on the same day count once.',
  },
  expectedNewAdvisories: {
    term: 'New expected meanwhile',
    note: 'The rate above times the weeks the release would wait: how many new advisories are expected, on average, to arrive before the new date.',
  },
  probabilityAtLeastOne: {
    term: 'Chance of at least one',
    note: 'The chance that one or more new advisories arrive before the new date if they keep coming at that rate (a Poisson process): each could bring another embargo to wait for.',
  },
  slipDays: {
    term: 'Slip',
    note: 'How many calendar days later the release would be.',
  },
  blockers: {
    term: 'Blockers',
    note: 'The embargoes and follow-up fixes that hold the release now.',
  },
  bufferWorkingDays: {
    term: 'Buffer',
    note: 'Working days a release needs after the last embargo that holds it lifts: learned from past releases when there are 3 or more, else the release buffer in Settings.',
  },
  daysAfterRelease: {
    term: 'After the release',
    note: 'How long after the kept release date the point release with the late fixes would come.',
  },
  daysMasterReopensEarlier: {
    term: 'Master reopens sooner',
    note: 'How many days sooner development can go on in master than if it stayed frozen until the slipped release.',
  },
  daysEarlier: {
    term: 'Earlier',
    note: 'How much earlier the embargo would lift than now planned.',
  },
  predisclosureWorkingDays: {
    term: 'Pre-disclosure',
    note: 'Working days the pre-disclosure list would have between being told and the moved lift.',
  },
};

/** The notes for the figures a suggestion carries, in its order; figures without one are left out. */
export function numberNotes(
  numbers: Readonly<Record<string, number>>,
): { key: string; term: string; note: string }[] {
  return Object.keys(numbers).flatMap((key) =>
    Object.prototype.hasOwnProperty.call(NOTES, key) && Number.isFinite(numbers[key])
      ? [{ key, ...NOTES[key] }]
      : [],
  );
}
