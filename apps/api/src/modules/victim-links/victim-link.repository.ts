import { In, type EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import { VictimLinkEntity } from './victim-link.entity.js';

/** The only reader and writer of victim links. */
export class VictimLinkRepository {
  /** Adds a new link to `referral` and returns its id. */
  async insert(
    manager: EntityManager,
    referral: ReferralEntity,
    link: Pick<VictimLinkEntity, 'tokenHash' | 'accessCodeHash' | 'issuedById' | 'issuedAt' | 'expiresAt'>,
  ): Promise<string> {
    const inserted = await manager.insert(VictimLinkEntity, {
      ...link,
      referralId: referral.id,
      policeForceId: referral.policeForceId,
      failedAttempts: 0,
      lockedAt: null,
      revokedAt: null,
      lastOpenedAt: null,
    });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /**
   * Revokes every link of the referral not yet revoked; returns how many. First takes the referral's link
   * lock until the caller's transaction ends, so two officers issuing at once run one after the other and
   * the second revokes the first's link (the unique index `victim_links_one_unrevoked` backs this up).
   */
  async revokeActive(manager: EntityManager, referralId: string): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('victim_links:' || $1, 0))`, [referralId]);
    const result = await manager
      .createQueryBuilder()
      .update(VictimLinkEntity)
      .set({ revokedAt: () => 'now()' })
      .where('referral_id = :referralId AND revoked_at IS NULL', { referralId })
      .execute();
    return result.affected ?? 0;
  }

  findById(manager: EntityManager, id: string): Promise<VictimLinkEntity | null> {
    return manager.findOneBy(VictimLinkEntity, { id });
  }

  findByTokenHash(manager: EntityManager, tokenHash: string): Promise<VictimLinkEntity | null> {
    return manager.findOneBy(VictimLinkEntity, { tokenHash });
  }

  /**
   * Counts an attempt before its code is checked, in one statement: the count goes up only while the link
   * is usable (not revoked, locked or expired) and fewer than `limit` attempts are counted. Returns the count
   * after this one, or null when no attempt is left (or the link is no longer usable), so racing guesses can
   * never try more than `limit` codes.
   */
  async claimAttempt(manager: EntityManager, id: string, limit: number): Promise<number | null> {
    const [rows]: [{ failed_attempts: number }[], number] = await manager.query(
      `UPDATE victim_links SET failed_attempts = failed_attempts + 1
       WHERE id = $1 AND revoked_at IS NULL AND locked_at IS NULL AND expires_at > now() AND failed_attempts < $2
       RETURNING failed_attempts`,
      [id, limit],
    );
    return rows[0]?.failed_attempts ?? null;
  }

  /**
   * The attempt counted by claimAttempt had the right code: gives the attempt back and records the opening,
   * in one statement, only while the link is still usable. False when it was locked, revoked or expired
   * in the meantime (the attempt then stays counted).
   */
  async recordRightCode(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE victim_links SET failed_attempts = failed_attempts - 1, last_opened_at = now()
       WHERE id = $1 AND revoked_at IS NULL AND locked_at IS NULL AND expires_at > now()
       RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  /**
   * The attempt counted by claimAttempt had a wrong code: it stays counted, and the link locks for good
   * once `lockAfter` attempts are counted (attempts still being checked included, so the lock errs closed).
   * Returns the count and whether the link is now locked.
   */
  async recordWrongCode(manager: EntityManager, id: string, lockAfter: number): Promise<{ failedAttempts: number; locked: boolean }> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ failed_attempts: number; locked: boolean }[], number] = await manager.query(
      `UPDATE victim_links SET locked_at = CASE WHEN failed_attempts >= $2 THEN coalesce(locked_at, now()) ELSE locked_at END
       WHERE id = $1 RETURNING failed_attempts, locked_at IS NOT NULL AS locked`,
      [id, lockAfter],
    );
    const row = rows[0];
    return row ? { failedAttempts: row.failed_attempts, locked: row.locked } : { failedAttempts: lockAfter, locked: true };
  }

  /** The referral's latest issued link, or null when none was issued. */
  latestFor(manager: EntityManager, referralId: string): Promise<VictimLinkEntity | null> {
    return manager.findOne(VictimLinkEntity, { where: { referralId }, order: { issuedAt: 'DESC' } });
  }

  /** The links of each of `referralIds`, latest issued first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<VictimLinkEntity[]> {
    return manager.find(VictimLinkEntity, { where: { referralId: In([...referralIds]) }, order: { issuedAt: 'DESC' } });
  }
}
