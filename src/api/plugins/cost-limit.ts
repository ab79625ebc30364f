// The estimated cost of an operation: fields times the list sizes above them (useOperationRules refuses past maxCost).
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
  /** Set when a size came from a variable: the cost then holds for these variables only. */
  readVariables: boolean;
}

/** The value of a `first` or `limit` argument (given or defaulted), when the field has one. */
function sizeArgument(walk: Walk, def: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
  for (const arg of def.args) {
    if (arg.name !== "first" && arg.name !== "limit") continue;
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    if (given?.value.kind === Kind.VARIABLE) walk.readVariables = true;
    const value: unknown = given ? valueFromAST(given.value, arg.type, walk.variables) : arg.defaultValue;
    if (typeof value === "number" && Number.isFinite(value)) return Math.max(1, value);
  }
  return null;
}

/**
 * Each field costs the product of the list sizes above it. A list's size is its own `first`/`limit`, or the
 * `first`/`limit` of the object field just above (a connection's nodes, a subgraph's nodes), or the default.
 */
export function selectionCost(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  hint: number | null,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const cond = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (cond && isCompositeType(cond))
        total += selectionCost(walk, selection.selectionSet, cond, multiplier, hint);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      const cond = fragment ? walk.schema.getType(fragment.typeCondition.name.value) : undefined;
      if (fragment && cond && isCompositeType(cond)) {
        total += selectionCost(walk, fragment.selectionSet, cond, multiplier, hint);
      }
      continue;
    }
    const name = selection.name.value;
    if (name.startsWith("__")) continue;
    if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
    const def = parent.getFields()[name];
    if (def === undefined) continue;
    total += multiplier;
    if (!selection.selectionSet) continue;
    const size = sizeArgument(walk, def, selection);
    const isList = isListType(getNullableType(def.type));
    const childMultiplier = isList ? multiplier * (size ?? hint ?? walk.defaultListSize) : multiplier;
    const named = getNamedType(def.type);
    if (isCompositeType(named)) {
      total += selectionCost(walk, selection.selectionSet, named, childMultiplier, isList ? null : size);
    }
  }
  return total;
}
