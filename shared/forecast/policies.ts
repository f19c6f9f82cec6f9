// The four ways a release can meet the embargoes still ahead of it, as the
// xen-devel thread argued them. The forecast runs every one of them on the
// same simulated futures, so their differences are the policies', not luck's.

export const POLICIES = ['wait', 'cutoff', 'ship', 'branch'] as const;
export type PolicyId = (typeof POLICIES)[number];

export const DEFAULT_CUTOFF_WEEKS = 3;

export const POLICY_LABELS: Record<PolicyId, string> = {
  wait: 'Wait for every embargo',
  cutoff: 'Security cut-off',
  ship: 'Ship on the date, point release',
  branch: 'Branch and reopen master',
};

/** What each policy does, in one sentence; `weeks` is the cut-off. */
export function policyDescription(policy: PolicyId, weeks: number): string {
  switch (policy) {
    case 'wait':
      return 'The release waits for every embargo and follow-up fix known before it ships, with the buffer after the last one; master stays frozen until the stable branch is cut, as close before the release as the plan has it.';
    case 'cutoff':
      return `No embargoed fix lifting in the last ${weeks === 1 ? 'week' : `${weeks} weeks`} before the planned release is taken: those ship in the x.y.1 point release; earlier ones are waited for.`;
    case 'ship':
      return 'The release ships on its date (non-security blockers aside); every fix that cannot be in with the buffer before it ships in the x.y.1 point release.';
    case 'branch':
      return 'The stable branch is cut at the hard code freeze (or on the next working day, if that has passed) and master reopens; the release comes from the branch once its embargoes clear, on the same dates as waiting.';
  }
}

export function isPolicy(value: string): value is PolicyId {
  return (POLICIES as readonly string[]).includes(value);
}
