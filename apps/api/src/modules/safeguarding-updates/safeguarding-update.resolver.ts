import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { staffActorOf, type Context } from '../../context.js';
import { toReferral } from '../referrals/referral.mapper.js';
import { Referral } from '../referrals/referral.type.js';
import { AcknowledgeSafeguardingUpdateInput } from './acknowledge-safeguarding-update.input.js';
import { isAwaitingAcknowledgement } from './awaiting-acknowledgement.js';
import { PostSafeguardingUpdateInput } from './post-safeguarding-update.input.js';
import { toSafeguardingUpdate } from './safeguarding-update.mapper.js';
import { SafeguardingUpdate } from './safeguarding-update.type.js';

/** Posting and acknowledging safeguarding updates. Thin: the services decide. */
@Resolver(() => SafeguardingUpdate)
export class SafeguardingUpdateResolver {
  @Authorized()
  @Mutation(() => SafeguardingUpdate, { description: 'Retrying with the same idempotencyKey returns the same update' })
  async postSafeguardingUpdate(@Arg('input', () => PostSafeguardingUpdateInput) input: PostSafeguardingUpdateInput, @Ctx() ctx: Context) {
    return toSafeguardingUpdate(await ctx.services.postSafeguardingUpdate.post(staffActorOf(ctx), input), ctx.loaders);
  }

  @Authorized()
  @Mutation(() => SafeguardingUpdate)
  async acknowledgeSafeguardingUpdate(
    @Arg('input', () => AcknowledgeSafeguardingUpdateInput) input: AcknowledgeSafeguardingUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return toSafeguardingUpdate(await ctx.services.acknowledgeSafeguardingUpdate.acknowledge(staffActorOf(ctx), input), ctx.loaders);
  }

  @FieldResolver(() => Referral)
  async referral(@Root() update: SafeguardingUpdate, @Ctx() ctx: Context): Promise<Referral> {
    staffActorOf(ctx);
    const entity = await ctx.loaders.referrals.load(update.referralId);
    if (!entity) throw new Error('Safeguarding update without a visible referral');
    return toReferral(entity, ctx.loaders);
  }
}

/** A referral's safeguarding updates. */
@Resolver(() => Referral)
export class ReferralSafeguardingUpdatesResolver {
  @FieldResolver(() => [SafeguardingUpdate], { description: 'Newest first' })
  async safeguardingUpdates(@Root() referral: Referral, @Ctx() ctx: Context): Promise<SafeguardingUpdate[]> {
    const rows = await ctx.loaders.safeguardingUpdates.load(referral.id);
    return Promise.all(rows.map((row) => toSafeguardingUpdate(row, ctx.loaders)));
  }

  @FieldResolver(() => Int, { description: 'Urgent updates the police have not acknowledged yet' })
  async unacknowledgedUrgentCount(@Root() referral: Referral, @Ctx() ctx: Context): Promise<number> {
    const rows = await ctx.loaders.safeguardingUpdates.load(referral.id);
    return rows.filter(isAwaitingAcknowledgement).length;
  }
}
