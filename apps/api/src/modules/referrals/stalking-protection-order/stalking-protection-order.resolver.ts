import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { RecordOrderBreachInput } from './record-order-breach.input.js';
import { RecordStalkingProtectionOrderInput } from './record-stalking-protection-order.input.js';

/** The Stalking Protection Order and breaches of it. Thin: the services decide. */
@Resolver()
export class StalkingProtectionOrderResolver {
  @Authorized()
  @Mutation(() => Referral, { description: 'Records whether a Stalking Protection Order was considered, the decision and the order' })
  async recordStalkingProtectionOrder(
    @Arg('input', () => RecordStalkingProtectionOrderInput) input: RecordStalkingProtectionOrderInput,
    @Ctx() ctx: Context,
  ) {
    return toReferral(await ctx.services.recordStalkingProtectionOrder.record(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { deprecationReason: 'Use recordStalkingProtectionOrder.' })
  async recordProtectiveOrder(
    @Arg('input', () => RecordStalkingProtectionOrderInput) input: RecordStalkingProtectionOrderInput,
    @Ctx() ctx: Context,
  ) {
    return toReferral(await ctx.services.recordStalkingProtectionOrder.record(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordOrderBreach(@Arg('input', () => RecordOrderBreachInput) input: RecordOrderBreachInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.recordOrderBreach.record(staffActorOf(ctx), input), ctx.loaders);
  }
}
