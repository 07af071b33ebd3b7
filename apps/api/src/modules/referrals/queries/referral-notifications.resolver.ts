import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../context.js';
import { NotificationSummary } from '../../notifications/notification-summary.type.js';
import { isPolice } from '../referral-access.js';
import { Referral } from '../referral.type.js';

@Resolver(() => Referral)
export class ReferralNotificationsResolver {
  @FieldResolver(() => [NotificationSummary], { description: 'Messages sent about this referral and whether they arrived' })
  async notifications(@Root() referral: Referral, @Ctx() ctx: Context): Promise<NotificationSummary[]> {
    if (!ctx.viewer) return [];
    const rows = await ctx.loaders.notifications.load(referral.id);
    // A partner sees only the messages sent to their service.
    const police = isPolice(ctx.viewer);
    return rows
      .filter((row) => police || row.kind === 'NEW_REFERRAL' || row.kind === 'CONSENT_WITHDRAWN')
      .map(({ referralId: _referralId, ...row }) => Object.assign(new NotificationSummary(), row));
  }
}
