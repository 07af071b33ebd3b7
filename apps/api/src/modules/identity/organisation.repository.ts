import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';

/** The only reader of `organisations`: police forces and partner services. */
export class OrganisationRepository {
  findById(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.findOneBy(OrganisationEntity, { id });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<OrganisationEntity[]> {
    return manager.findBy(OrganisationEntity, { id: In([...ids]) });
  }

  /** The partner service with this id, or null when there is none (or it is a police force). */
  findPartnerService(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.findOneBy(OrganisationEntity, { id, kind: 'PARTNER_SERVICE' });
  }

  /** Partner services by name; with `area`, only those that cover it. */
  partnerServices(manager: EntityManager, area: string | null): Promise<OrganisationEntity[]> {
    const query = manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where(`o.kind = 'PARTNER_SERVICE'`)
      .orderBy('o.name', 'ASC');
    if (area) query.andWhere(':area = ANY(o.areas)', { area });
    return query.getMany();
  }
}
