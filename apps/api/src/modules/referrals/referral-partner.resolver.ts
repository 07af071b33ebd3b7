import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { toReferral, toSafeguardingUpdate } from './referral.mapper.js';
import { Referral, SafeguardingUpdate } from './referral.type.js';
import {
  AcceptReferralInput,
  AllocateReferralInput,
  CloseReferralInput,
  DeclineReferralInput,
  PostSafeguardingUpdateInput,
  RecordContactAttemptInput,
} from './referral-partner.input.js';

/** What a partner service does with a referral. Thin: the services decide. */
@Resolver()
export class ReferralPartnerResolver {
  @Authorized()
  @Mutation(() => Referral)
  async acceptReferral(@Arg('input', () => AcceptReferralInput) input: AcceptReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralPartner.accept(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async declineReferral(@Arg('input', () => DeclineReferralInput) input: DeclineReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralPartner.decline(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Allocates, or reallocates, to one of your advocates' })
  async allocateReferral(@Arg('input', () => AllocateReferralInput) input: AllocateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralPartner.allocate(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordContactAttempt(@Arg('input', () => RecordContactAttemptInput) input: RecordContactAttemptInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralPartner.recordContactAttempt(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => SafeguardingUpdate, { description: 'Retrying with the same idempotencyKey returns the same update' })
  async postSafeguardingUpdate(@Arg('input', () => PostSafeguardingUpdateInput) input: PostSafeguardingUpdateInput, @Ctx() ctx: Context) {
    return toSafeguardingUpdate(await ctx.services.safeguardingUpdates.post(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async closeReferral(@Arg('input', () => CloseReferralInput) input: CloseReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralPartner.close(ctx, input), ctx.loaders);
  }
}
