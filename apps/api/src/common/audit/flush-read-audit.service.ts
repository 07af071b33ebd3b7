import type { Actor } from '../auth/actor.js';
import type { TransactionRunner } from '../transaction-runner.js';
import type { AuditService } from './audit.service.js';
import type { ReadAuditBuffer } from './read-audit-buffer.js';

/** Writes a request's buffered reads to the audit log: one INSERT per request, in the actor's scope. */
export class FlushReadAuditService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Writes and empties `buffer`; nothing is written when it is empty. Errors reach the caller. */
  async flush(actor: Actor, buffer: ReadAuditBuffer): Promise<void> {
    const entries = buffer.take();
    if (entries.length === 0) return;
    await this.tx.run(actor, (manager) => this.audit.recordMany(manager, actor, entries));
  }
}
