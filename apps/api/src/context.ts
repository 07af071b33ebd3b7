import type { Request, Response } from 'express';
import { asStaff, type Actor, type StaffActor, type StaffViewer, type VictimViewer } from './common/auth/actor.js';
import type { Services } from './services.js';
import type { Loaders } from './loaders.js';
import type { ReadAuditBuffer } from './common/audit/read-audit-buffer.js';

/** Per-request context the resolvers get: who is asking, the request, the services and this request's loaders. */
export interface Context {
  readonly req: Request;
  readonly res: Response;
  readonly requestId: string;
  /** The caller's address, as the server sees it behind its trusted proxies. */
  readonly ip: string | null;
  readonly viewer: StaffViewer | null;
  readonly victim: VictimViewer | null;
  readonly services: Services;
  readonly loaders: Loaders;
  /** This request's audited reads, written once when the response is sent. */
  readonly reads: ReadAuditBuffer;
}

/** The narrow actor a service takes: who is signed in (staff or victim), the request id and the address. */
export function actorOf(ctx: Context): Actor {
  return { viewer: ctx.viewer ?? ctx.victim, requestId: ctx.requestId, ip: ctx.ip, reads: ctx.reads };
}

/** The actor as a member of staff (UNAUTHENTICATED otherwise), for resolvers behind `@Authorized`. */
export function staffActorOf(ctx: Context): StaffActor {
  return asStaff(actorOf(ctx));
}
