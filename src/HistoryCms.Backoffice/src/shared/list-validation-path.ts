import { historyItemQuery } from './item-validation.controller.js';

/** The items under `listProperty` of a property value (an object, or the JSON text of one); undefined if there are none. */
function itemsOf(value: unknown, listProperty: string): Array<{ key?: unknown }> | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const items = (parsed as Record<string, unknown> | null | undefined)?.[listProperty];
  return Array.isArray(items) ? (items as Array<{ key?: unknown }>) : undefined;
}

/**
 * Rewrites the server's index paths into a list property value (`$.value.citations[2].locator`, relative to the
 * property's data, as Umbraco's `UmbValidationPropertyPathTranslationController` hands them to a
 * `propertyValidationPathTranslator`) into key filters (`$.value.citations[?(@.key == 'KEY')].locator`), using the
 * value that was sent for validation — the way Umbraco's block editors turn `contentData[0]` into a key filter, so a
 * message stays with its item when items are moved. Paths that are not below an existing item are left as they are.
 * @param paths The paths of the messages, relative to the property data.
 * @param value The property value that was validated.
 * @param listProperty The property of the value holding the items.
 * @returns The paths, in the same order.
 */
export function translateListPaths(paths: ReadonlyArray<string>, value: unknown, listProperty: string): Array<string> {
  const items = itemsOf(value, listProperty);
  const prefix = `$.value.${listProperty}[`;
  return paths.map((path) => {
    if (!items || !path.startsWith(prefix)) return path;
    const end = path.indexOf(']', prefix.length);
    const pointer = path.slice(prefix.length, end);
    if (end === -1 || !/^\d+$/.test(pointer)) return path;
    const index = Number(pointer);
    if (index >= items.length) return path;
    return `${prefix}${historyItemQuery(items[index], index)}${path.slice(end)}`;
  });
}
