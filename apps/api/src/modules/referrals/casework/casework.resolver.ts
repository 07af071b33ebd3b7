import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { StaffMember } from '../../identity/staff-member.type.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { CloseReferralInput } from './close-referral.input.js';
import { toContactAttempt } from './contact-attempt.mapper.js';
import { ContactAttempt } from './contact-attempt.type.js';
import { RecordContactAttemptInput } from './record-contact-attempt.input.js';

/** An advocate's work with the victim: contact attempts and closing the case. Thin: the services decide. */
@Resolver()
export class CaseworkResolver {
  @Authorized()
  @Mutation(() => Referral)
  async recordContactAttempt(@Arg('input', () => RecordContactAttemptInput) input: RecordContactAttemptInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.recordContactAttempt.record(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async closeReferral(@Arg('input', () => CloseReferralInput) input: CloseReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.closeReferral.close(staffActorOf(ctx), input), ctx.loaders);
  }
}

@Resolver(() => Referral)
export class ReferralContactAttemptsResolver {
  @FieldResolver(() => [ContactAttempt])
  async contactAttempts(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ContactAttempt[]> {
    const rows = await ctx.loaders.contactAttempts.load(referral.id);
    return Promise.all(rows.map((row) => toContactAttempt(row, ctx.loaders)));
  }
}

@Resolver(() => StaffMember)
export class AdvocateCaseloadResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Open referrals allocated to this advocate in your service; null unless you are their partner manager or them',
  })
  caseloadSize(@Root() staff: StaffMember, @Ctx() ctx: Context): Promise<number | null> {
    return staff.role === 'ADVOCATE' ? ctx.loaders.caseloads.load(staff.id) : Promise.resolve(null);
  }
}
