import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { RecordRiskScreeningInput } from './record-risk-screening.input.js';

/** The S-DASH screening. Thin: the service decides. */
@Resolver()
export class ScreeningResolver {
  @Authorized()
  @Mutation(() => Referral)
  async recordRiskScreening(@Arg('input', () => RecordRiskScreeningInput) input: RecordRiskScreeningInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.recordRiskScreening.record(staffActorOf(ctx), input), ctx.loaders);
  }
}
