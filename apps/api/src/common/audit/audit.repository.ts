import type { EntityManager } from 'typeorm';
import type { AuditOutcome } from '../vocabularies.js';

/** An audit event as stored; the database adds the time and the hash chain. */
export interface AuditRow {
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly organisationId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly outcome: AuditOutcome;
  readonly requestId: string;
  readonly ip: string | null;
  readonly detail: Record<string, unknown> | null;
}

/** The only writer of `audit_events`, which the application role may append to and never change. */
export class AuditRepository {
  async insert(manager: EntityManager, row: AuditRow): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, organisation_id, action, entity_type, entity_id, outcome, request_id, ip, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.actorId,
        row.actorRole,
        row.organisationId,
        row.action,
        row.entityType,
        row.entityId,
        row.outcome,
        row.requestId,
        row.ip,
        row.detail ? JSON.stringify(row.detail) : null,
      ],
    );
  }
}
