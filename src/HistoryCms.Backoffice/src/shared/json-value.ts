/**
 * Reads an incoming property value as a JSON object. Umbraco hands an editor whatever was stored: an
 * object, a JSON string (older saves, uSync), null or something malformed. Anything that is not an
 * object reads as undefined, so the editor starts empty instead of failing.
 */
export function readJsonObject(raw: unknown): Record<string, unknown> | undefined {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Keeps the string entries of an unknown array. */
export function readStringArray(raw: unknown): Array<string> {
  return Array.isArray(raw) ? raw.filter((entry): entry is string => typeof entry === 'string') : [];
}
