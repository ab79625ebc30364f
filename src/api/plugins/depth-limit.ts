// The depth of an operation's fields, introspection fields not counted (useOperationRules refuses past maxDepth).
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** The depth of a selection set, following fragments (each at most once on a path, so cycles end). */
export function selectionDepth(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string> = new Set(),
): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, seen) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment === undefined || seen.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}
