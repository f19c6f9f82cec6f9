import { PlannerError } from '../../shared/errors/result';
import type { CallInputParsed } from '../../shared/contract/calls';
import { samplePlan } from '../../shared/sample/samplePlan';
import { xenHistorySampleText } from '../../shared/sample/xenHistorySample';
import { readSettings } from '../store/settingsTable';
import type { HandlerContext } from './context';
import { importContent, readPlan } from './exchange';

function snapshot(ctx: HandlerContext) {
  return { ...readPlan(ctx), settings: readSettings(ctx.db) };
}

export function planHandlers(ctx: HandlerContext) {
  return {
    'plan.get': () => snapshot(ctx),
    'plan.loadSample': ({ sample }: CallInputParsed<'plan.loadSample'>) => {
      const { releases, advisories } = readPlan(ctx);
      if (releases.length + advisories.length > 0)
        throw new PlannerError(
          'conflict',
          'The sample plan is only offered for an empty database; this one already has data.',
        );
      importContent(ctx, {
        content:
          sample === 'xen-history' ? xenHistorySampleText() : JSON.stringify(samplePlan(ctx.now())),
        fileName: sample === 'xen-history' ? 'Xen history sample' : 'sample plan',
        preview: false,
        settings: 'keep',
        holidays: 'merge',
        conflicts: 'ours',
      });
      return snapshot(ctx);
    },
  };
}
