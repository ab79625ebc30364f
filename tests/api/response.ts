// Reading GraphQL responses in tests without casts: values by dotted path, ids of lists.

/** A value deep in a response, by dotted path ("a.0.b"); undefined when absent. */
export function at(value: unknown, path: string): unknown {
  let here: unknown = value;
  for (const key of path.split(".")) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

export const idsOf = (list: unknown): unknown[] => (Array.isArray(list) ? list.map((x) => at(x, "id")) : []);
