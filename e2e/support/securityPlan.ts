import type { App, Call } from './fixtures';
import type { PlannerPage } from '../pages/PlannerPage';

// The plan the security team's journeys start from: a release ahead, and an
// embargoed advisory whose lift can still move.

/** A release far enough ahead that every embargo below is still to come. */
export const RELEASE_4_21 = {
  name: '4.21',
  status: 'planned',
  milestones: [
    { kind: 'hard-code-freeze', planned: '2030-05-17', actual: null, label: null },
    { kind: 'release', planned: '2030-06-04', actual: null, label: null },
  ],
};

/** Embargoed until 2030, so that its lift can move and its details are confidential. */
export const XSA_263 = {
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: ['CVE-2018-3639'],
  status: 'embargoed',
  predisclosureAt: '2030-02-27T12:00:00Z',
  publicAt: '2030-03-13T12:00:00Z',
  affects: ['4.21'],
  followUps: [{ summary: 'Arm SSBD control', expectedAt: '2030-04-02', status: 'pending' }],
  notes: '',
};

export async function plan(planner: PlannerPage, app: App, call: Call, withAdvisory: boolean) {
  await call('releases.create', RELEASE_4_21);
  if (withAdvisory) await call('advisories.create', XSA_263);
  await planner.open(app.url);
}

export async function moveLift(planner: PlannerPage, date: string, reason: string) {
  const form = await planner.editAdvisory('XSA-263');
  await form.liftDate.fill(date);
  await form.reason.fill(reason);
  await form.saveAndClose();
}
