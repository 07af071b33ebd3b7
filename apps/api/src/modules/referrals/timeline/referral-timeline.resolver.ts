import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../context.js';
import { Referral } from '../referral.type.js';
import { toReferralEvent } from './referral-event.mapper.js';
import { ReferralEvent } from './referral-event.type.js';

@Resolver(() => Referral)
export class ReferralTimelineResolver {
  @FieldResolver(() => [ReferralEvent], { description: 'Everything that happened, newest first' })
  async timeline(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralEvent[]> {
    const rows = await ctx.loaders.events.load(referral.id);
    return Promise.all(rows.map((row) => toReferralEvent(row, ctx.loaders)));
  }
}
