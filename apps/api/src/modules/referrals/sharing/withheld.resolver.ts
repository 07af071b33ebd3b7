import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FIELD_GROUPS, mayView } from '@lantern/schema/data-sharing';
import { withheldNotice } from '@lantern/schema/data-sharing-notices';
import type { Context } from '../../../context.js';
import { Referral } from '../referral.type.js';
import { audienceOf, sharingFactsOf } from './referral-sharing.js';
import { WithheldInformation } from './withheld.type.js';

/** What the data-sharing policy hides from the viewer on a referral, so the apps can say so plainly. */
@Resolver(() => Referral)
export class ReferralWithheldResolver {
  @FieldResolver(() => [WithheldInformation], { description: 'The parts of this referral hidden from you, each with a sentence to show' })
  withheld(@Root() referral: Referral, @Ctx() ctx: Context): WithheldInformation[] {
    const audience = audienceOf(ctx.viewer);
    if (!audience) return [];
    const facts = sharingFactsOf(referral.entity);
    return FIELD_GROUPS.filter((group) => group !== 'VICTIM_STATUS' && !mayView(audience, group, facts)).map((group) =>
      Object.assign(new WithheldInformation(), { group, notice: withheldNotice(audience, group, facts) }),
    );
  }
}
