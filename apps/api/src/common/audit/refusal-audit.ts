import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { AuditDetailValue } from './audit-entry.js';
import type { AuditService } from './audit.service.js';

/** A refusal to record: what was asked for, and the code it was refused with. */
export interface Refusal {
  /** e.g. `AUTHORISE` (the GraphQL auth checker) or `RATE_LIMIT`. */
  readonly action: string;
  /** e.g. `graphql_field` or `rate_limit`. */
  readonly entityType: string;
  /** Codes only: the field or limit name and the error code; never an address or an e-mail. */
  readonly detail: Readonly<Record<string, AuditDetailValue>>;
}

/**
 * Audits refusals that happen outside any service transaction (the auth checker, rate limits) as DENIED
 * events in their own transaction, with the actor if any and the request id. Each distinct refusal is
 * recorded once per request (`once` key), so a list of refused fields costs one event, not one per row.
 */
export class RefusalAudit {
  private readonly seen = new WeakMap<object, Set<string>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Records `refusal` by `actor` unless the same refusal was already recorded for `request`. */
  async record(actor: Actor, refusal: Refusal, request?: object): Promise<void> {
    if (request) {
      const key = JSON.stringify([refusal.action, refusal.entityType, refusal.detail]);
      const seen = this.seen.get(request) ?? new Set<string>();
      if (seen.has(key)) return;
      seen.add(key);
      this.seen.set(request, seen);
    }
    await this.audit.record(this.dataSource.manager, actor, { ...refusal, outcome: 'DENIED' });
  }
}
