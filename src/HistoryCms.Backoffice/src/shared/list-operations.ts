// Pure operations on the item list of a list property editor. Every one returns a new array and leaves
// the given one alone, so an editor can compare, emit and re-render without copying defensively.

/** Whether moving the item at `from` to `to` changes the list: both inside it and not the same place. */
export function canMove(length: number, from: number, to: number): boolean {
  return from >= 0 && from < length && to >= 0 && to < length && from !== to;
}

/** A copy of the list with the item at `from` moved to `to` (indexes are clamped to the list). */
export function moveItem<T>(items: ReadonlyArray<T>, from: number, to: number): Array<T> {
  const copy = [...items];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}

/** A copy of the list without the item at `index` (an index outside the list removes nothing). */
export function removeItem<T>(items: ReadonlyArray<T>, index: number): Array<T> {
  return items.filter((_, i) => i !== index);
}

/** A copy of the list with `item` put at `index` (clamped: below 0 puts it first, past the end last). */
export function insertItem<T>(items: ReadonlyArray<T>, index: number, item: T): Array<T> {
  const at = Math.max(0, Math.min(items.length, index));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** A copy of the list with the item at `index` replaced by `change(item)`. */
export function replaceItem<T>(items: ReadonlyArray<T>, index: number, change: (item: T) => T): Array<T> {
  return items.map((item, i) => (i === index ? change(item) : item));
}

/**
 * Which item should take the focus once the item at `removed` is gone from a list that now holds
 * `length` items: the one that took its place, or the new last one when the last was removed;
 * undefined when the list is empty.
 */
export function focusAfterRemove(length: number, removed: number): number | undefined {
  if (length <= 0) return undefined;
  return Math.max(0, Math.min(length - 1, removed));
}

/** Reads a `minItems`/`maxItems` configuration value: a positive number, or 0 ("no limit") for anything else. */
export function readLengthLimit(raw: unknown): number {
  return Math.max(0, Number(raw ?? 0) || 0);
}
