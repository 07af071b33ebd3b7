import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The reference an unexpected error is logged and answered with: the id of the request that raised it, so a
 * reference quoted by a user joins to that request's audit events (`audit_events.request_id`).
 *
 * Apollo hands `formatError` the error but not the request, so errors are tagged with their request id as
 * they are met (the plugin below, and the context builder for errors raised before any resolver runs).
 */
export class ErrorReferences {
  private readonly requestIds = new WeakMap<object, string>();

  /** Remembers that `error` was raised while serving request `requestId`. */
  tag(error: unknown, requestId: string): void {
    if (typeof error === 'object' && error !== null) this.requestIds.set(error, requestId);
  }

  /**
   * The request id of `error` or of an error it wraps (`originalError`); a fresh random id when none is
   * known, so an error is never answered without a reference.
   */
  referenceFor(error: unknown): string {
    let current: unknown = error;
    for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
      const requestId = this.requestIds.get(current);
      if (requestId) return requestId;
      current = (current as { originalError?: unknown }).originalError;
    }
    return randomUUID();
  }

  /** An Apollo plugin that tags every error a request meets with that request's id, before it is formatted. */
  plugin<TContext extends { readonly requestId: string }>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: ({ contextValue }) =>
        Promise.resolve({
          didEncounterErrors: ({ errors }) => {
            for (const error of errors) this.tag(error, contextValue.requestId);
            return Promise.resolve();
          },
        }),
    };
  }
}
