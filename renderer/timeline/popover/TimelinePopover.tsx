import type { TimelineData } from '../state/useTimelineData';
import type { Popover as PopoverState } from '../state/timelineStore';
import { Popover, type Anchor } from './Popover';
import { popoverContent } from './popoverContent';

// The popover with what it says: loaded once the timeline is on screen (see
// TimelineCanvas), as what it says about findings, suggestions and dates
// needs more code than the first screen does.

export default function TimelinePopover({
  popover,
  anchor,
  data,
  bounds,
}: {
  popover: PopoverState;
  anchor: Anchor | null;
  data: TimelineData;
  bounds: { width: number; height: number };
}) {
  return (
    <Popover
      popover={popover}
      anchor={anchor}
      content={popoverContent(popover.id, data)}
      bounds={bounds}
    />
  );
}
