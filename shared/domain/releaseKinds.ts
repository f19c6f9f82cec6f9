// The closed lists a release is made of, apart from release.ts (how a
// release is read) and releaseSchemas.ts (how one is checked), which both
// need them and so need not import each other.

export const MILESTONE_KINDS = [
  'last-posting',
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
  'branch',
  'rc',
  'release',
  'custom',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const RELEASE_STATUSES = ['planned', 'released'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const BLOCKER_KINDS = ['bug', 'test-gate', 'other'] as const;
export type BlockerKind = (typeof BLOCKER_KINDS)[number];
