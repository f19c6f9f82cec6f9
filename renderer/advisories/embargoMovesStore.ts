import { useEffect } from 'react';
import { create } from 'zustand';
import type { Advisory } from '../../shared/domain/advisory';
import type { EmbargoMoves } from '../../shared/history/schemas';
import { client } from '../api/client';

// How far each advisory's lift has moved, for the badge in the advisory list.
// There is one call per advisory, so answers are kept per revision (a move
// always raises it) and only asked for where a badge matters.

/** A lift that passed longer ago than this is history; its moves are in the History dialog. */
const RECENT_MS = 90 * 86_400_000;
/** Calls in flight at once, so a big plan does not queue hundreds at the server. */
const PARALLEL = 4;

interface MovesState {
  /** By advisory id: the moves as of `revision`. */
  byId: Record<number, { revision: number; key: string; moves: EmbargoMoves }>;
}

export const useMovesStore = create<MovesState>()(() => ({ byId: {} }));

const asked = new Set<string>();
const stamp = (a: Pick<Advisory, 'id' | 'key' | 'revision'>) => `${a.id}:${a.key}:${a.revision}`;

/** Whether the list shows a moves badge for the advisory: its lift is ahead or just passed. */
export function wantsMovesBadge(advisory: Pick<Advisory, 'status' | 'publicAt'>, now: Date) {
  return (
    advisory.status !== 'withdrawn' && Date.parse(advisory.publicAt) > now.getTime() - RECENT_MS
  );
}

async function fetchMoves(advisories: readonly Advisory[]): Promise<void> {
  const queue = [...advisories];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const advisory = next;
      const result = await client().call('advisories.embargoMoves', { id: advisory.id });
      // A failure leaves the badge off; the History dialog says what went wrong.
      if (!result.ok) continue;
      useMovesStore.setState((state) => {
        const held = state.byId[advisory.id];
        if (held && held.key === advisory.key && held.revision > advisory.revision) return state;
        return {
          byId: {
            ...state.byId,
            [advisory.id]: { revision: advisory.revision, key: advisory.key, moves: result.value },
          },
        };
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** Asks for the moves of the advisories that show a badge and changed since last asked. */
export function useEmbargoMovesFor(advisories: readonly Advisory[], now: Date): void {
  const cutoff = Math.floor(now.getTime() / 3_600_000);
  useEffect(() => {
    const at = new Date(cutoff * 3_600_000);
    const wanted = advisories.filter((a) => wantsMovesBadge(a, at) && !asked.has(stamp(a)));
    for (const advisory of wanted) asked.add(stamp(advisory));
    if (wanted.length > 0) void fetchMoves(wanted);
  }, [advisories, cutoff]);
}

/** The advisory's moves, if known for its current revision or an earlier one. */
export function movesOf(
  byId: MovesState['byId'],
  advisory: Pick<Advisory, 'id' | 'key'>,
): EmbargoMoves | null {
  const held = byId[advisory.id];
  return held && held.key === advisory.key ? held.moves : null;
}
