/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument and overflows the call stack past ~100,000 items (a 200,000-row table).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
