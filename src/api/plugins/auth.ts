// useAuth: mutations need the write token; reads need the read token when one is configured. Refused before execution.
import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import { mutationsOffError, unauthenticatedError } from "../errors.ts";

interface AuthContext {
  auth: { read: boolean; write: boolean; writeEnabled?: boolean };
}

export function useAuth<C extends AuthContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.auth.write) {
            throw contextValue.auth.writeEnabled === false
              ? mutationsOffError()
              : unauthenticatedError("mutations");
          }
          if (!contextValue.auth.read) throw unauthenticatedError("reads");
        },
      };
    },
  };
}
