// useDepthLimit: refuses operations whose fields nest deeper than maxDepth (introspection fields not counted).
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import { API_ERROR_CODES, apiError } from "../errors.ts";

export interface DepthLimitOptions {
  /** Deepest allowed nesting of fields; `{ a { b } }` has depth 2. Default 8. */
  maxDepth?: number;
}

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

export function useDepthLimit<C extends object>(options: DepthLimitOptions = {}): ApolloServerPlugin<C> {
  const maxDepth = options.maxDepth ?? 8;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          }
          const depth = selectionDepth(operation.selectionSet, fragments);
          if (depth > maxDepth) {
            throw apiError(
              `query depth ${depth} exceeds the limit of ${maxDepth}`,
              API_ERROR_CODES.tooDeep,
              400,
            );
          }
        },
      };
    },
  };
}
