import type { AuthChecker } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { forbidden, unauthenticated } from '../errors/app-error.js';

/**
 * `@Authorized()` needs a signed-in member of staff; `@Authorized('ROLE', ...)` also one of those roles.
 * Scope (force, organisation, allocation) is checked by the services, on the record itself. A refusal is
 * audited (DENIED `AUTHORISE` on the field, with the code) before UNAUTHENTICATED or FORBIDDEN is thrown.
 */
export const authChecker: AuthChecker<Context> = async ({ context, info }, roles) => {
  const refusal = !context.viewer ? unauthenticated() : roles.length > 0 && !roles.includes(context.viewer.role) ? forbidden() : null;
  if (!refusal) return true;
  await context.services.refusals.record(
    actorOf(context),
    { action: 'AUTHORISE', entityType: 'graphql_field', detail: { field: `${info.parentType.name}.${info.fieldName}`, code: refusal.code } },
    context.req,
  );
  throw refusal;
};
