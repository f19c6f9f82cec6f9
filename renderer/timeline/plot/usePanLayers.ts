import { useLayoutEffect, type RefObject } from 'react';
import type { TimeScale } from '../geometry/scale';
import { layerTransform, type View } from '../geometry/view';
import { useTimeline } from '../state/timelineStore';

/**
 * Every frame of a pan moves the drawn layers outside React: no render, no
 * repaint of what is already drawn, only a composited translation (see
 * geometry/view.ts). Set again whenever `view` is drawn anew.
 */
export function usePanLayers(
  view: View | null,
  plotLayer: RefObject<HTMLElement | null>,
  axisLayer: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const place = (state: { scale: TimeScale | null; view: View | null }) => {
      if (!state.scale || !state.view) return;
      const transform = layerTransform(state.view.origin, state.scale);
      for (const layer of [plotLayer.current, axisLayer.current])
        if (layer) layer.style.transform = transform;
    };
    place(useTimeline.getState());
    return useTimeline.subscribe(place);
  }, [view, plotLayer, axisLayer]);
}
