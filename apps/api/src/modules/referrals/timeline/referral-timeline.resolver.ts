import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayViewTimelineEntry } from '@lantern/schema/data-sharing-entries';
import type { Context } from '../../../context.js';
import { audienceOf, sharingFactsOf } from '../sharing/referral-sharing.js';
import { Referral } from '../referral.type.js';
import { toReferralEvent } from './referral-event.mapper.js';
import { ReferralEvent } from './referral-event.type.js';

@Resolver(() => Referral)
export class ReferralTimelineResolver {
  @FieldResolver(() => [ReferralEvent], { description: 'Everything that happened that the data-sharing policy lets you see, newest first' })
  async timeline(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralEvent[]> {
    const audience = audienceOf(ctx.viewer);
    if (!audience) return [];
    const facts = sharingFactsOf(referral.entity);
    const sentAt = referral.entity.submittedAt;
    const rows = (await ctx.loaders.events.load(referral.id)).filter((row) =>
      mayViewTimelineEntry(audience, row.kind, facts, sentAt === null || row.at < sentAt),
    );
    return Promise.all(rows.map((row) => toReferralEvent(row, ctx.loaders)));
  }
}
