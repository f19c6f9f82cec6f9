/** How a calendar client recognises an event: a random UID and a revision counter. */
export interface CalendarIdentity {
  uid: string;
  sequence: number;
}

/** Identities of the plan's rows by row id, as the store keeps them. */
export interface CalendarIdentities {
  milestones: ReadonlyMap<number, CalendarIdentity>;
  advisories: ReadonlyMap<number, CalendarIdentity>;
  followUps: ReadonlyMap<number, CalendarIdentity>;
}
