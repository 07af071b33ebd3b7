import type { OrganisationKind, Role } from '@lantern/schema/roles';
import type { ReadAuditBuffer } from '../audit/read-audit-buffer.js';
import { unauthenticated } from '../errors/app-error.js';

/** A signed-in member of staff, as loaded fresh from the database on every request. */
export interface StaffViewer {
  readonly kind: 'staff';
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
}

/** A victim who opened their link with the access code: may read their own status and nothing else. */
export interface VictimViewer {
  readonly kind: 'victim';
  readonly linkId: string;
  readonly referralId: string;
}

/**
 * Who is acting, and the request they act in: all a service needs to know about the caller. The request id
 * and the address go into every audit event the action writes.
 */
export interface Actor {
  /** The member of staff or the victim behind the request; null when nobody is signed in. */
  readonly viewer: StaffViewer | VictimViewer | null;
  readonly requestId: string;
  /** The caller's network address, as the server sees it behind its trusted proxies. */
  readonly ip: string | null;
  /** The request's buffer of audited reads, written once per request; absent outside a request. */
  readonly reads?: ReadAuditBuffer;
}

/** An actor who is a signed-in member of staff. */
export interface StaffActor extends Actor {
  readonly viewer: StaffViewer;
}

/** The actor as a member of staff; refuses with UNAUTHENTICATED when nobody, or a victim, is signed in. */
export function asStaff(actor: Actor): StaffActor {
  if (actor.viewer?.kind !== 'staff') throw unauthenticated();
  return actor as StaffActor;
}
