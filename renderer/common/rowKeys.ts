let next = 0;

/** A key that keeps an editor row's identity in React while rows are added and removed. */
export function newRowKey(): string {
  next += 1;
  return `row-${next}`;
}
