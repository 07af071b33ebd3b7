import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../../context.js';
import { toReferral } from '../referral.mapper.js';
import { Referral } from '../referral.type.js';
import { CreateReferralInput } from './create-referral.input.js';
import { UpdateReferralInput } from './update-referral.input.js';

/** Starting and editing a draft referral. Thin: the services decide. */
@Resolver()
export class DraftingResolver {
  @Authorized()
  @Mutation(() => Referral, { description: 'Starts a draft; retrying with the same idempotencyKey returns the same draft' })
  async createReferral(@Arg('input', () => CreateReferralInput) input: CreateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.createReferral.create(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => Referral)
  async updateReferral(@Arg('input', () => UpdateReferralInput) input: UpdateReferralInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.updateReferral.update(staffActorOf(ctx), input), ctx.loaders);
  }
}
