import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import type { Context } from '../../../context.js';
import { ReferralActionEnum } from '../../../common/graphql/enums.js';
import { availableActions } from '../referral-available-actions.js';
import { canSee } from '../referral-access.js';
import { Referral } from '../referral.type.js';

@Resolver(() => Referral)
export class ReferralAvailableActionsResolver {
  @FieldResolver(() => [ReferralActionEnum], { description: 'What you may do next, from the shared transition table' })
  async availableActions(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralAction[]> {
    if (!ctx.viewer || !canSee(ctx.viewer, referral.entity)) return [];
    return availableActions(ctx.viewer, referral.entity, await ctx.loaders.referralFacts.load(referral.id));
  }
}
