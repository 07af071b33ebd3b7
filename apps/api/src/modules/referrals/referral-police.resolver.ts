import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { toReferral, toSafeguardingUpdate } from './referral.mapper.js';
import { Referral, SafeguardingUpdate } from './referral.type.js';
import { CreateReferralInput, UpdateReferralInput } from './referral-draft.input.js';
import {
  AcknowledgeSafeguardingUpdateInput,
  AuthoriseWithoutConsentInput,
  RecordConsentInput,
  RecordOrderBreachInput,
  RecordProtectiveOrderInput,
  RecordRiskScreeningInput,
  RefuseWithoutConsentInput,
  SubmitReferralInput,
  WithdrawConsentInput,
  WithdrawReferralInput,
} from './referral-police.input.js';

/** What the police do to a referral. Thin: the services decide. */
@Resolver()
export class ReferralPoliceResolver {
  @Authorized()
  @Mutation(() => Referral, { description: 'Starts a draft; retrying with the same idempotencyKey returns the same draft' })
  async createReferral(@Arg('input', () => CreateReferralInput) input: CreateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralDrafts.create(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async updateReferral(@Arg('input', () => UpdateReferralInput) input: UpdateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralDrafts.update(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralConsent.record(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'The victim withdrew consent: the referral stops and the service is told' })
  async withdrawConsent(@Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralConsent.withdraw(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Supervisor: allow the referral to go without consent' })
  async authoriseWithoutConsent(@Arg('input', () => AuthoriseWithoutConsentInput) input: AuthoriseWithoutConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralConsent.authorise(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Supervisor: refuse to let the referral go without consent' })
  async refuseWithoutConsent(@Arg('input', () => RefuseWithoutConsentInput) input: RefuseWithoutConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralConsent.refuse(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordRiskScreening(@Arg('input', () => RecordRiskScreeningInput) input: RecordRiskScreeningInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralRisk.recordScreening(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordProtectiveOrder(@Arg('input', () => RecordProtectiveOrderInput) input: RecordProtectiveOrderInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralRisk.recordOrder(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async recordOrderBreach(@Arg('input', () => RecordOrderBreachInput) input: RecordOrderBreachInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralRisk.recordBreach(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Sends the referral to a partner service that covers the victim\'s area' })
  async submitReferral(@Arg('input', () => SubmitReferralInput) input: SubmitReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralSubmission.submit(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async withdrawReferral(@Arg('input', () => WithdrawReferralInput) input: WithdrawReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.referralSubmission.withdraw(ctx, input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => SafeguardingUpdate)
  async acknowledgeSafeguardingUpdate(
    @Arg('input', () => AcknowledgeSafeguardingUpdateInput) input: AcknowledgeSafeguardingUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return toSafeguardingUpdate(await ctx.services.safeguardingUpdates.acknowledge(ctx, input), ctx.loaders);
  }
}
