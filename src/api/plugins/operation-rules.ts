// useOperationRules: the checks every operation passes before execution (rights, depth, cost), in one plugin.
// checkOperation is the same check without Apollo, for the bench's bare graphql-js baseline.
import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { API_ERROR_CODES, apiError, mutationsOffError, unauthenticatedError } from "../errors.ts";
import { selectionCost } from "./cost-limit.ts";
import { selectionDepth } from "./depth-limit.ts";

export interface OperationLimits {
  /** Deepest allowed nesting of fields; `{ a { b } }` has depth 2. */
  maxDepth: number;
  /** Highest allowed estimated cost (fields times the list sizes above them). */
  maxCost: number;
  /** Assumed size of a list that no `first`/`limit` argument bounds. Default 10. */
  defaultListSize?: number;
}

export interface Rights {
  read: boolean;
  write: boolean;
  /** False when the server has no write token: mutations are off for everyone. */
  writeEnabled?: boolean;
}

export interface OperationInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  auth: Rights;
}

/** What an operation's text alone decides: its depth, and its cost when no size comes from a variable. */
interface Measured {
  depth: number;
  cost: number | null;
  /** The default list size the cost was counted with. */
  listSize: number;
}

/**
 * Apollo and the bench's baseline each keep one parsed document per query text, so the same operation node comes
 * back request after request: its measures are computed once (weakly held, they go with the document).
 */
const measuredOperations = new WeakMap<OperationDefinitionNode, Measured>();

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return fragments;
}

function costOf(input: OperationInput, limits: OperationLimits, variables: Record<string, unknown>) {
  const root = input.schema.getRootType(input.operation.operation);
  if (!root) return { cost: 0, readVariables: false };
  const walk = {
    schema: input.schema,
    fragments: fragmentsOf(input.document),
    variables,
    defaultListSize: limits.defaultListSize ?? 10,
    readVariables: false,
  };
  return {
    cost: selectionCost(walk, input.operation.selectionSet, root, 1, null),
    readVariables: walk.readVariables,
  };
}

function measure(input: OperationInput, limits: OperationLimits): Measured {
  const listSize = limits.defaultListSize ?? 10;
  const known = measuredOperations.get(input.operation);
  if (known !== undefined && known.listSize === listSize) return known;
  const depth = selectionDepth(input.operation.selectionSet, fragmentsOf(input.document));
  const { cost, readVariables } = costOf(input, limits, {});
  const measured = { depth, cost: readVariables ? null : cost, listSize };
  measuredOperations.set(input.operation, measured);
  return measured;
}

/** Throws the GraphQLError a client gets when the caller may not run this operation or it is too deep or costly. */
export function checkOperation(input: OperationInput, limits: OperationLimits): void {
  const { auth, operation } = input;
  if (operation.operation === OperationTypeNode.MUTATION && !auth.write) {
    throw auth.writeEnabled === false ? mutationsOffError() : unauthenticatedError("mutations");
  }
  if (!auth.read) throw unauthenticatedError("reads");
  const measured = measure(input, limits);
  if (measured.depth > limits.maxDepth) {
    throw apiError(
      `query depth ${measured.depth} exceeds the limit of ${limits.maxDepth}`,
      API_ERROR_CODES.tooDeep,
      400,
    );
  }
  const cost = measured.cost ?? costOf(input, limits, input.variables ?? {}).cost;
  if (cost > limits.maxCost) {
    throw apiError(
      `query cost ${cost} exceeds the limit of ${limits.maxCost}`,
      API_ERROR_CODES.tooCostly,
      400,
    );
  }
}

/**
 * One plugin with one hook, and the same listener for every request: Apollo awaits each hook of each plugin, so
 * three plugins (rights, depth, cost) cost three times the promises of one.
 */
export function useOperationRules<C extends { auth: Rights }>(
  limits: OperationLimits,
): ApolloServerPlugin<C> {
  const listener: GraphQLRequestListener<C> = {
    async didResolveOperation({ schema, document, operation, request, contextValue }) {
      if (!operation) {
        if (!contextValue.auth.read) throw unauthenticatedError("reads");
        return; // execution answers that no operation matched
      }
      checkOperation(
        { schema, document, operation, variables: request.variables, auth: contextValue.auth },
        limits,
      );
    },
  };
  return { requestDidStart: async () => listener };
}
