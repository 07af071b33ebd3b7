import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { AuthoriseWithoutConsentInput } from './authorise-without-consent.input.js';
import { RecordConsentInput } from './record-consent.input.js';
import { RefuseWithoutConsentInput } from './refuse-without-consent.input.js';
import { WithdrawConsentInput } from './withdraw-consent.input.js';

/** The victim's consent, its withdrawal, and a supervisor's decision to refer without it. Thin: the services decide. */
@Resolver()
export class ConsentResolver {
  @Authorized()
  @Mutation(() => Referral)
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.recordConsent.record(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'The victim withdrew consent: the referral stops and the service is told' })
  async withdrawConsent(@Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.withdrawConsent.withdraw(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Supervisor: allow the referral to go without consent' })
  async authoriseWithoutConsent(@Arg('input', () => AuthoriseWithoutConsentInput) input: AuthoriseWithoutConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.authoriseWithoutConsent.authorise(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Supervisor: refuse to let the referral go without consent' })
  async refuseWithoutConsent(@Arg('input', () => RefuseWithoutConsentInput) input: RefuseWithoutConsentInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.refuseWithoutConsent.refuse(staffActorOf(ctx), input), ctx.loaders);
  }
}
