/**
 * Appends every item of `items` to `target`. Unlike `target.push(...items)` it does not pass the items as
 * call arguments, so it cannot overflow the stack however many there are (a huge book has many warnings).
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
