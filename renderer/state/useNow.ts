import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every minute, so that an embargo that lifts
 * while the planner is open shows as public without a reload.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
