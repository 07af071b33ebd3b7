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

/** Columns each audit row binds. */
const COLUMNS = 10;

/** The only writer of `audit_events`, which the application role may append to and never change. */
export class AuditRepository {
  async insert(manager: EntityManager, row: AuditRow): Promise<void> {
    await this.insertMany(manager, [row]);
  }

  /** Appends `rows` in order with one INSERT statement (nothing for an empty list). */
  async insertMany(manager: EntityManager, rows: readonly AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((_, r) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${r * COLUMNS + c + 1}`).join(', ')})`);
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, organisation_id, action, entity_type, entity_id, outcome, request_id, ip, detail)
       VALUES ${values.join(', ')}`,
      rows.flatMap((row) => [
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
      ]),
    );
  }
}
