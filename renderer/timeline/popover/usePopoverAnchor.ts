import { useCallback, useState, type RefObject } from 'react';
import { useTimeline } from '../state/timelineStore';
import { anchorOf, type Anchor } from './Popover';
import { hidePopoverSoon, keepPopover } from './visibility';

/**
 * Where the popover points, and the two ways an unpinned one opens: the
 * pointer resting on an item, or the keyboard reaching one. A pinned
 * popover stays where it is until it is closed.
 */
export function usePopoverAnchor(
  canvasRef: RefObject<HTMLElement | null>,
  plotRef: RefObject<SVGSVGElement | null>,
) {
  const [anchor, setAnchor] = useState<Anchor | null>(null);

  /** The item under the pointer (null: none), beside its element, or the pointer where none is drawn. */
  const showHovered = useCallback(
    (id: string | null, pointer: { clientX: number; clientY: number }) => {
      const store = useTimeline.getState();
      if (store.popover?.pinned) return;
      if (id === null) {
        if (store.popover) hidePopoverSoon();
        return;
      }
      keepPopover();
      if (store.popover?.id === id) return;
      const canvas = canvasRef.current?.getBoundingClientRect();
      if (!canvas) return;
      const element = plotRef.current?.querySelector(`[data-item-id="${CSS.escape(id)}"]`);
      const at = { left: pointer.clientX, width: 0, top: pointer.clientY, bottom: pointer.clientY };
      setAnchor(anchorOf(element?.getBoundingClientRect() ?? at, canvas));
      store.setPopover({ id, pinned: false });
    },
    [canvasRef, plotRef],
  );

  /** The item the keyboard reached, beside its element. */
  const showFocused = useCallback(
    (element: Element, id: string) => {
      const canvas = canvasRef.current?.getBoundingClientRect();
      if (!canvas) return;
      setAnchor(anchorOf(element.getBoundingClientRect(), canvas));
      useTimeline.getState().setPopover({ id, pinned: false });
    },
    [canvasRef],
  );

  return { anchor, showHovered, showFocused };
}
