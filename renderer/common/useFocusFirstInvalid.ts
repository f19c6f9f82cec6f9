import { useEffect, useState, type RefObject } from 'react';

/**
 * After a refused save, focus the first field marked invalid so that the user
 * (and a screen reader) lands on what needs fixing. Call `request()` when the
 * errors have been set.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>) {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests === 0) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, container]);
  return () => setRequests((count) => count + 1);
}
