import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { AcceptReferralInput } from './accept-referral.input.js';
import { AllocateReferralInput } from './allocate-referral.input.js';
import { DeclineReferralInput } from './decline-referral.input.js';

/** A partner service's triage: accept or decline, then allocate to an advocate. Thin: the services decide. */
@Resolver()
export class TriageResolver {
  @Authorized()
  @Mutation(() => Referral)
  async acceptReferral(@Arg('input', () => AcceptReferralInput) input: AcceptReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.acceptReferral.accept(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async declineReferral(@Arg('input', () => DeclineReferralInput) input: DeclineReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.declineReferral.decline(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Allocates, or reallocates, to one of your advocates' })
  async allocateReferral(@Arg('input', () => AllocateReferralInput) input: AllocateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.allocateReferral.allocate(staffActorOf(ctx), input), ctx.loaders);
  }
}
