import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../context.js';
import { NotificationSummary } from '../../notifications/notification-summary.type.js';
import { mayViewNotification } from '@lantern/schema/data-sharing-entries';
import { audienceOf, sharingFactsOf } from '../sharing/referral-sharing.js';
import { Referral } from '../referral.type.js';

@Resolver(() => Referral)
export class ReferralNotificationsResolver {
  @FieldResolver(() => [NotificationSummary], { description: 'Messages sent about this referral and whether they arrived' })
  async notifications(@Root() referral: Referral, @Ctx() ctx: Context): Promise<NotificationSummary[]> {
    const audience = audienceOf(ctx.viewer);
    if (!audience) return [];
    const facts = sharingFactsOf(referral.entity);
    const rows = await ctx.loaders.notifications.load(referral.id);
    // A service sees only the messages sent to it (the data-sharing policy).
    return rows
      .filter((row) => mayViewNotification(audience, row.kind, facts))
      .map(({ referralId: _referralId, ...row }) => Object.assign(new NotificationSummary(), row));
  }
}
