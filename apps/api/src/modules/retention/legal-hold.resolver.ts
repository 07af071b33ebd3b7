import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../context.js';

/** Legal holds on a referral's personal data. Thin: the services decide. */
@Resolver()
export class LegalHoldResolver {
  @Authorized('SUPERVISOR')
  @Mutation(() => Boolean, { description: "Keeps a referral's personal data past the retention period until the hold is lifted (police supervisors)" })
  async placeLegalHold(@Arg('referralId', () => ID) referralId: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.placeLegalHold.place(staffActorOf(ctx), referralId);
    return true;
  }

  @Authorized('SUPERVISOR')
  @Mutation(() => Boolean, { description: 'Lifts a legal hold: the retention job may anonymise the referral when it is due (police supervisors)' })
  async liftLegalHold(@Arg('referralId', () => ID) referralId: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.liftLegalHold.lift(staffActorOf(ctx), referralId);
    return true;
  }
}
