import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../errors/app-error.js';

/**
 * `@Authorized()` needs a signed-in member of staff; `@Authorized('ROLE', ...)` also one of those roles.
 * Scope (force, organisation, allocation) is checked by the services, on the record itself.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
