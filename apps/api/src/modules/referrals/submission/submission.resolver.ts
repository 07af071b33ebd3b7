import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { SubmitReferralInput } from './submit-referral.input.js';
import { WithdrawReferralInput } from './withdraw-referral.input.js';

/** Sending a referral to a partner service, and withdrawing it. Thin: the services decide. */
@Resolver()
export class SubmissionResolver {
  @Authorized()
  @Mutation(() => Referral, { description: 'Sends the referral to a partner service that covers the victim\'s area' })
  async submitReferral(@Arg('input', () => SubmitReferralInput) input: SubmitReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.submitReferral.submit(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async withdrawReferral(@Arg('input', () => WithdrawReferralInput) input: WithdrawReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.withdrawReferral.withdraw(staffActorOf(ctx), input), ctx.loaders);
  }
}
