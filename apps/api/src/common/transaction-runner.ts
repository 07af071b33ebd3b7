import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './auth/actor.js';
import type { AuditService } from './audit/audit.service.js';
import { AppError } from './errors/app-error.js';

/**
 * Runs a service's work against the database. A change, its timeline event, its audit event and its outbox
 * message commit together or not at all.
 */
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The pool's manager, for reads and single statements that need no transaction of their own. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Runs `work` in one READ COMMITTED transaction. A refusal marked as denied (see `denied`) is audited
   * afterwards, outside the rolled-back transaction, and then thrown on.
   */
  async run<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction('READ COMMITTED', work);
    } catch (error) {
      if (error instanceof AppError && error.deniedAudit) {
        await this.audit.record(this.dataSource.manager, actor, error.deniedAudit);
      }
      throw error;
    }
  }

  /**
   * Runs `work` in one READ COMMITTED transaction as the system (a scheduled job, no viewer), e.g. the
   * retention job. Row-level security will set the system's scope here; until then it is a plain transaction.
   */
  runAsSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', work);
  }
}
