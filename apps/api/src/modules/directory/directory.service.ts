import type { Context } from '../../context.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';

/** The commissioned partner services officers can refer to. */
export class DirectoryService {
  async services(ctx: Context, area: string | null | undefined): Promise<OrganisationEntity[]> {
    const query = ctx.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where(`o.kind = 'PARTNER_SERVICE'`)
      .orderBy('o.name', 'ASC');
    if (area?.trim()) query.andWhere(':area = ANY(o.areas)', { area: area.trim() });
    return query.getMany();
  }
}
