import { ApolloLink, type TypedDocumentNode } from '@apollo/client';
import { Kind } from 'graphql';
import { Observable } from 'rxjs';

/** What a fake operation answers: data, or GraphQL errors as the API sends them. */
export type FakeResult = { data: Record<string, unknown> } | { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
/** Answers one operation from the variables the app sent. Throwing stands for a network failure. */
export type FakeHandler = (variables: Record<string, unknown>) => FakeResult;

/** One request the app made: the operation's name and its variables. */
export interface FakeCall {
  operationName: string;
  variables: Record<string, unknown>;
}

function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return definition.name.value;
  }
  throw new Error('The document has no named operation');
}

/** A GraphQL error as the API answers it. */
export function apiError(code: string, message = 'Something went wrong', extensions: Record<string, unknown> = {}): FakeResult {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** A value as canonical JSON (object keys sorted), to compare variables whatever their keys' order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * A handler that gives `result` only to a request with exactly `variables`; any other request fails as if the
 * answer were lost, so a test sees the app sent something else.
 */
export function answerTo(variables: Record<string, unknown>, result: FakeResult): FakeHandler {
  return (sent) => {
    if (canonical(sent) !== canonical(variables)) throw new Error(`Unexpected variables: ${canonical(sent)}`);
    return result;
  };
}

/**
 * An Apollo link standing in for the API: each operation (by name) answers from its handler. Calls are
 * recorded so tests can check exactly what the app sent.
 */
export function fakeApi(handlers: Record<string, FakeHandler>) {
  const calls: FakeCall[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const call = { operationName: operation.operationName ?? '', variables: operation.variables };
        calls.push(call);
        const handler = handlers[call.operationName];
        const timer = setTimeout(() => {
          if (!handler) {
            observer.error(new Error(`The fake API has no answer for ${call.operationName}`));
            return;
          }
          try {
            observer.next(handler(call.variables) as never);
            observer.complete();
          } catch (error) {
            // A handler that throws stands for a network failure (the request never got an answer).
            observer.error(error);
          }
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
  const callsOf = (name: string) => calls.filter((c) => c.operationName === name);
  /** The variables of every request for `document`'s operation, typed by the document. */
  const variablesOf = <V>(document: TypedDocumentNode<unknown, V>): V[] =>
    callsOf(operationName(document as TypedDocumentNode<unknown, unknown>)).map((c) => c.variables as V);
  return { link, calls, callsOf, variablesOf };
}
