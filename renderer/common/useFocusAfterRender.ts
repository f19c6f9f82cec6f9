import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus once React has rendered a change: a row just added exists, and
 * one just removed is gone, only after the render, and focus left on a
 * removed element falls to <body>. `focusAfterRender(selector)` names the
 * element, looked up inside the one given `container` as its ref.
 */
export function useFocusAfterRender<E extends HTMLElement>() {
  const [element, container] = useState<E | null>(null);
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    element?.querySelector<HTMLElement>(target.current)?.focus();
    target.current = null;
  });
  const focusAfterRender = useCallback((selector: string) => {
    target.current = selector;
  }, []);
  return { container, focusAfterRender };
}
