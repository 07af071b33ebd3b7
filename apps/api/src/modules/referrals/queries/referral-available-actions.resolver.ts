import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { availableActionsFor } from '@lantern/schema/referral-guards';
import type { Context } from '../../../context.js';
import { ReferralActionEnum } from '../../../common/graphql/enums.js';
import { Referral } from '../referral.type.js';
import { viewerGuardFacts } from './viewer-guard-facts.js';

@Resolver(() => Referral)
export class ReferralAvailableActionsResolver {
  @FieldResolver(() => [ReferralActionEnum], {
    description: 'What you may do next: the shared transition table narrowed by each action\'s guard, as the services check them',
  })
  async availableActions(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralAction[]> {
    const facts = await viewerGuardFacts(ctx, referral);
    return facts ? availableActionsFor(facts) : [];
  }
}
