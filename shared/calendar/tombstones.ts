import { z } from 'zod';
import { advisoryStatus, followUpStatus, type Advisory } from '../domain/advisory';
import { milestoneKind } from '../domain/releaseSchemas';

/** How long a deleted item stays in exports as CANCELLED (the store prunes at the same age). */
export const TOMBSTONE_DAYS = 90;

// What the store's delete triggers keep of a deleted row (migration 003):
// enough to say "this event is cancelled", never a title, CVE or note.
const advisoryPart = {
  key: z.string(),
  status: advisoryStatus,
  publicAt: z.string(),
  affects: z.array(z.string()),
};

export const tombstoneItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('milestone'),
    release: z.string(),
    milestoneKind,
    label: z.string().nullable(),
    date: z.string(),
  }),
  z.object({ kind: z.literal('advisory'), ...advisoryPart }),
  z.object({
    kind: z.literal('follow-up'),
    ...advisoryPart,
    summary: z.string(),
    followUpStatus,
    expectedAt: z.string().nullable(),
    followUpPublicAt: z.string().nullable(),
  }),
]);
export type TombstoneItem = z.infer<typeof tombstoneItem>;

export interface Tombstone {
  uid: string;
  /** Already one more than the deleted row's, so clients take the cancellation. */
  sequence: number;
  deletedAt: string;
  item: TombstoneItem;
}

export function isTombstoneCurrent(tombstone: Pick<Tombstone, 'deletedAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(tombstone.deletedAt) < TOMBSTONE_DAYS * 86_400_000;
}

/**
 * The deleted advisory as far as the tombstone knows it, so that the one
 * redaction rule (redactAdvisory) also decides whether its cancellation may
 * be shown: it may where the advisory itself could be seen when deleted.
 */
export function advisoryOfTombstone(item: Exclude<TombstoneItem, { kind: 'milestone' }>): Advisory {
  return {
    id: 0,
    revision: 0,
    key: item.key,
    title: '',
    cves: [],
    status: item.status,
    predisclosureAt: null,
    publicAt: item.publicAt,
    affects: item.affects,
    followUps:
      item.kind === 'follow-up'
        ? [
            {
              id: 0,
              summary: item.summary,
              expectedAt: item.expectedAt,
              status: item.followUpStatus,
              publicAt: item.followUpPublicAt,
            },
          ]
        : [],
    notes: '',
  };
}
