import type { Suggestion } from '../../shared/planning';
import { formatDay, formatInstantUtc } from '../common/dates';

/** The apply button's text: what one click will do, with the date it writes. */
export function applyLabel(suggestion: Suggestion): string {
  const action = suggestion.apply;
  switch (action.type) {
    case 'set-milestone':
      if (action.kind === 'release') return `Slip to ${formatDay(action.date)}`;
      if (action.kind === 'branch') return `Branch on ${formatDay(action.date)}`;
      return `Move to ${formatDay(action.date)}`;
    case 'create-point-release':
      return `Add ${action.name} on ${formatDay(action.date)}`;
    case 'set-lift':
      return `Move ${action.advisory} lift`;
  }
}

/** What the notice says once it is done. */
export function appliedText(suggestion: Suggestion): string {
  const action = suggestion.apply;
  switch (action.type) {
    case 'set-milestone':
      if (action.kind === 'release')
        return `Slipped ${action.release} to ${formatDay(action.date)}.`;
      if (action.kind === 'branch')
        return `${action.release} now branches on ${formatDay(action.date)}.`;
      return `Moved a milestone of ${action.release} to ${formatDay(action.date)}.`;
    case 'create-point-release':
      return `Added release ${action.name} on ${formatDay(action.date)}; ${action.advisories.join(', ')} now ship in it.`;
    case 'set-lift':
      return `Moved the ${action.advisory} lift to ${formatInstantUtc(action.publicAt)}.`;
  }
}
