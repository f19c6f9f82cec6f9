import type { Advisory } from '../../shared/domain/advisory';
import type { Notice } from '../state/noticeStore';
import { planStore } from '../state/usePlan';

/**
 * Marks an advisory public: one click, one undo step. Offered only once its
 * lift has passed, since only the team knows whether the embargo really
 * ended (it may have been postponed and the plan not updated).
 */
export async function markPublic(
  advisory: Pick<Advisory, 'id' | 'revision' | 'key'>,
  say: (tone: Notice['tone'], text: string) => void,
): Promise<void> {
  const result = await planStore
    .getState()
    .write('advisories.publish', { id: advisory.id, revision: advisory.revision });
  if (result.ok)
    say(
      'info',
      `Marked ${advisory.key} public: exports may now show its details. Undo takes it back.`,
    );
  else say('error', `${advisory.key} was not marked public: ${result.error.message}`);
}
