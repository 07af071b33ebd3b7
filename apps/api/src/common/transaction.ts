import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { AppError } from './errors/app-error.js';

/**
 * Runs `work` in one transaction: the change, its timeline event and its audit event commit together or
 * not at all. A refusal marked as denied is audited afterwards, outside the rolled-back transaction.
 */
export async function inTransaction<T>(ctx: Context, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.dataSource.transaction('READ COMMITTED', work);
  } catch (error) {
    if (error instanceof AppError && error.deniedAudit) {
      await ctx.services.audit.record(ctx.dataSource.manager, ctx, error.deniedAudit);
    }
    throw error;
  }
}
