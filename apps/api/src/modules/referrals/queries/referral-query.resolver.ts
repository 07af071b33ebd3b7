import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { isUUID } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import { staffActorOf, type Context } from '../../../context.js';
import { badInput } from '../../../common/errors/app-error.js';
import { ReferralSortEnum } from '../../../common/graphql/enums.js';
import type { ReferralSort } from '../../../common/vocabularies.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { PageInfo, ReferralConnection, ReferralEdge } from './referral-connection.type.js';
import { ReferralFilter } from './referral-filter.input.js';
import { encodeCursor } from './list-referrals.service.js';

/** Reading referrals. Thin: the services decide. */
@Resolver()
export class ReferralQueryResolver {
  @Authorized()
  @Query(() => Referral, { nullable: true, description: 'Null when it does not exist or you may not see it' })
  async referral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Referral | null> {
    if (!isUUID(id)) throw badInput([{ field: 'id', message: 'The referral id is not valid' }]);
    const entity = await ctx.services.getReferral.get(staffActorOf(ctx), id);
    return entity ? toReferral(entity, ctx.loaders) : null;
  }

  @Authorized()
  @Query(() => ReferralConnection, { description: `Referrals you may see, ${LIMITS.pageSize.max} at most per page` })
  async referrals(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Arg('sort', () => ReferralSortEnum, { nullable: true, defaultValue: 'NEWEST' }) sort: ReferralSort,
    @Arg('first', () => Int, { nullable: true, defaultValue: LIMITS.pageSize.default }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ReferralConnection> {
    const page = await ctx.services.listReferrals.list(staffActorOf(ctx), filter, sort, first, after);
    const nodes = await Promise.all(page.rows.map((row) => toReferral(row, ctx.loaders)));
    const edges = nodes.map((node, index) => Object.assign(new ReferralEdge(), { node, cursor: encodeCursor(page.offset + index) }));
    return Object.assign(new ReferralConnection(), {
      edges,
      totalCount: page.totalCount,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
    });
  }
}
