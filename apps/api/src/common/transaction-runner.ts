import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './auth/actor.js';
import type { AuditService } from './audit/audit.service.js';
import { AppError } from './errors/app-error.js';
import { scopeOf, scopeSettings, type DatabaseScope } from './database-scope.js';

/**
 * Every database access of the API goes through here, in a transaction whose viewer is set in PostgreSQL
 * first (`set_config('lantern.*', ..., true)`, transaction-local, so a pooled connection never carries the
 * last request's viewer). Row-level security then shows only what that viewer may see; a transaction with
 * no scope sees nothing. There is deliberately no pool-level manager. One transaction per service call or
 * loader batch, not per request (ADR 0012). A change, its timeline event, its audit event and its outbox
 * message commit together or not at all.
 */
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs `work` in one READ COMMITTED transaction as `actor` (staff or victim scope; nobody signed in sees
   * nothing). A refusal marked as denied (see `denied`) is audited afterwards, outside the rolled-back
   * transaction, and then thrown on.
   */
  async run<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.runInScope(scopeOf(actor), work);
    } catch (error) {
      if (error instanceof AppError && error.deniedAudit) {
        const entry = error.deniedAudit;
        await this.runInScope(scopeOf(actor), (manager) => this.audit.record(manager, actor, entry));
      }
      throw error;
    }
  }

  /** Runs background work with no person behind it (the notification worker, retention) in the system scope. */
  runAsSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runInScope({ scope: 'system' }, work);
  }

  /**
   * Runs `work` in one READ COMMITTED transaction whose first statement sets `scope`'s viewer. Used directly
   * only for the narrow scopes that exist before there is a viewer (session, sign_in, link_opening).
   */
  runInScope<T>(scope: DatabaseScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const settings = scopeSettings(scope);
      await manager.query(
        `SELECT ${settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`,
        settings.flat(),
      );
      return work(manager);
    });
  }
}
