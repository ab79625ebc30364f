// Freezes what the store keeps and hands out: callers share the store's objects, so they must not change them.

/** Deep-freezes a value (a patch as it enters the store). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const child of value) deepFreeze(child);
  } else {
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

/**
 * Freezes a merged item and its own arrays. Their elements (evidence, participants, dates) come from
 * patches, frozen on the way in, so walking a hub entity's thousands of pieces of evidence again on every
 * merge would only cost time.
 */
export function freezeMerged<T extends object>(item: T): T {
  for (const value of Object.values(item)) {
    if (Array.isArray(value)) Object.freeze(value);
  }
  return Object.freeze(item);
}
