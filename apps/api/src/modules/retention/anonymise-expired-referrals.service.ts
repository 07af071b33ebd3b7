import { randomUUID } from 'node:crypto';
import { subMonths } from 'date-fns';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { RetentionRepository } from './retention.repository.js';

/** Referrals anonymised per transaction: a run works through the backlog in batches of this size. */
const BATCH = 100;

/** What one run did. */
export interface RetentionRun {
  /** The referrals anonymised, oldest finished first. */
  readonly anonymised: readonly string[];
  /** Referrals finished before this time (and not under a legal hold) were due. */
  readonly cutoff: Date;
}

/**
 * The retention job: anonymises the personal data of referrals closed, withdrawn or declined more than
 * `RETENTION_MONTHS` months ago (a setting, for the force's own retention schedule; see ADR 0014),
 * skipping any under a legal hold, and audits one `ANONYMISE` event per referral (ids and the period only).
 * Idempotent: an anonymised referral is never due again.
 */
export class AnonymiseExpiredReferralsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly retention: RetentionRepository,
    private readonly audit: AuditService,
    private readonly retentionMonths: number,
  ) {}

  /** Runs once as of `now`, in batches, each its own transaction as the system. */
  async run(now: Date = new Date()): Promise<RetentionRun> {
    const cutoff = subMonths(now, this.retentionMonths);
    const actor: Actor = { viewer: null, requestId: `retention-${randomUUID()}`, ip: null };
    const anonymised: string[] = [];
    for (;;) {
      const batch = await this.tx.runAsSystem(async (manager) => {
        const ids = await this.retention.findDue(manager, cutoff, BATCH);
        for (const id of ids) await this.retention.anonymise(manager, id);
        await this.audit.recordMany(
          manager,
          actor,
          ids.map((id) => ({ action: 'ANONYMISE', entityType: 'referral', entityId: id, detail: { retentionMonths: this.retentionMonths } })),
        );
        return ids;
      });
      anonymised.push(...batch);
      if (batch.length < BATCH) return { anonymised, cutoff };
    }
  }
}
