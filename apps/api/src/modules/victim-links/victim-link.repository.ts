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

  /** Revokes every link of the referral not yet revoked; returns how many. */
  async revokeActive(manager: EntityManager, referralId: string): Promise<number> {
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

  async recordOpened(manager: EntityManager, id: string): Promise<void> {
    await manager.update(VictimLinkEntity, { id }, { lastOpenedAt: new Date() });
  }

  /**
   * Counts a wrong access code and locks the link when the count reaches `lockAfter`, in one statement.
   * Returns the count after this one.
   */
  async recordWrongCode(manager: EntityManager, id: string, lockAfter: number): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ failed_attempts: number }[], number] = await manager.query(
      `UPDATE victim_links SET failed_attempts = failed_attempts + 1,
         locked_at = CASE WHEN failed_attempts + 1 >= $2 THEN now() ELSE locked_at END
       WHERE id = $1 RETURNING failed_attempts`,
      [id, lockAfter],
    );
    return rows[0]?.failed_attempts ?? lockAfter;
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
