import type { EntityManager } from 'typeorm';
import { conflict } from '../../common/errors/app-error.js';
import { ReferralEntity } from './referral.entity.js';
import { ReferralEventEntity } from './referral-records.entity.js';

export type ReferralChanges = Partial<Omit<ReferralEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/** The only place that reads and writes referral rows. */
export class ReferralRepository {
  findById(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager.findOneBy(ReferralEntity, { id });
  }

  async insert(manager: EntityManager, referral: Omit<ReferralEntity, 'version' | 'updatedAt'>): Promise<ReferralEntity> {
    await manager.insert(ReferralEntity, { ...referral, version: 1, updatedAt: referral.createdAt });
    return manager.findOneByOrFail(ReferralEntity, { id: referral.id });
  }

  /**
   * Applies `changes` only if nobody changed the referral since `expectedVersion` was read, and moves the
   * version on. A stale write changes nothing and fails with CONFLICT.
   */
  async update(manager: EntityManager, id: string, expectedVersion: number, changes: ReferralChanges): Promise<ReferralEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) throw conflict();
    return manager.findOneByOrFail(ReferralEntity, { id });
  }

  async nextReference(manager: EntityManager, policeForceId: string, forceCode: string, year: number): Promise<string> {
    const rows: { last_value: number }[] = await manager.query(
      `INSERT INTO reference_counters (police_force_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (police_force_id, year) DO UPDATE SET last_value = reference_counters.last_value + 1
       RETURNING last_value`,
      [policeForceId, year],
    );
    return `${forceCode}-${year}-${String(rows[0]!.last_value).padStart(6, '0')}`;
  }

  async addEvent(
    manager: EntityManager,
    referral: ReferralEntity,
    event: { kind: string; summary: string; actorId: string | null; actorOrganisationId: string | null },
  ): Promise<void> {
    await manager.insert(ReferralEventEntity, {
      referralId: referral.id,
      policeForceId: referral.policeForceId,
      partnerServiceId: referral.partnerServiceId,
      kind: event.kind,
      summary: event.summary,
      actorId: event.actorId,
      actorOrganisationId: event.actorOrganisationId,
    });
  }
}
