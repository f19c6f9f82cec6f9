// The planning engine: pure functions over the plan, no I/O, no clock.

export { analyse, createAnalyser, type Analyser } from './analyser';
export type {
  Analysis,
  ApplyAction,
  Finding,
  FindingCode,
  PlanInput,
  ReleaseStanding,
  Severity,
  Suggestion,
  SuggestionKind,
} from './types';
export { FINDING_SEVERITY, NO_ANALYSIS } from './types';
export {
  addWorkingDays,
  calendarFor,
  isReleaseDay,
  isWorkingDay,
  nextReleaseDay,
  nextWorkingDay,
  workingDaysBetween,
  WorkingCalendar,
  type CalendarSettings,
} from './calendar';
export { raceForecast, type Race, type RaceInput } from './race';
export type { Evidence } from './evidence';
export { milestoneStatuses, type MilestoneState, type MilestoneStatus } from './milestoneState';
export { compareKeys, sortKeys } from './format';
export {
  CUSTOM_TEMPLATE,
  milestonesFromTemplate,
  SHIPPED_TEMPLATES,
  XEN_416_TEMPLATE,
  type PlannedMilestone,
  type ReleaseTemplate,
  type TemplateMilestone,
  type TemplateOptions,
} from './templates';
export { commitBaseline, slipAgainstBaseline, type MilestoneSlip } from './baseline';
