import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';

export interface AuditEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId?: string | null;
  readonly outcome?: 'ALLOWED' | 'DENIED';
  readonly detail?: Record<string, unknown>;
}

/**
 * Every read and write of personal data, and every denied attempt, goes through here: who, what, when,
 * from where, with the request id. Allowed events are written in the caller's transaction; denied ones
 * after the caller's transaction has rolled back, so they are never lost with it.
 */
export class AuditService {
  async record(manager: EntityManager, ctx: Pick<Context, 'viewer' | 'victim' | 'requestId' | 'ip'>, entry: AuditEntry): Promise<void> {
    const actorId = ctx.viewer?.userId ?? null;
    const role = ctx.viewer?.role ?? (ctx.victim ? 'VICTIM' : null);
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, organisation_id, action, entity_type, entity_id, outcome, request_id, ip, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actorId,
        role,
        ctx.viewer?.organisationId ?? null,
        entry.action,
        entry.entityType,
        entry.entityId ?? (ctx.victim ? ctx.victim.referralId : null),
        entry.outcome ?? 'ALLOWED',
        ctx.requestId,
        ctx.ip,
        entry.detail ? JSON.stringify(entry.detail) : null,
      ],
    );
  }
}
