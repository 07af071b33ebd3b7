import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, staffActorOf, type Context } from '../../context.js';
import { regenerateSession, requireSessionSupport } from '../../common/auth/session.js';
import { staffMember } from '../identity/identity.mapper.js';
import { isPolice } from '../referrals/referral-access.js';
import { toReferral } from '../referrals/referral.mapper.js';
import { Referral } from '../referrals/referral.type.js';
import { IssueVictimLinkInput } from './issue-victim-link.input.js';
import { OpenVictimLinkInput } from './open-victim-link.input.js';
import { RevokeVictimLinkInput } from './revoke-victim-link.input.js';
import { victimLinkState } from './victim-link-state.js';
import { IssuedVictimLink, VictimLinkSummary } from './victim-link.type.js';
import { toVictimStatus } from './victim-status.mapper.js';
import { VictimStatus } from './victim-status.type.js';

/** The victim's secure link: issued and revoked by the police, opened by the victim. Thin: the services decide. */
@Resolver()
export class VictimLinkResolver {
  @Authorized()
  @Mutation(() => IssuedVictimLink, { description: 'Issues a new link (revoking any earlier one); the code is shown only now' })
  async issueVictimLink(@Arg('input', () => IssueVictimLinkInput) input: IssueVictimLinkInput, @Ctx() ctx: Context) {
    return Object.assign(new IssuedVictimLink(), await ctx.services.issueVictimLink.issue(staffActorOf(ctx), input.referralId, input.sendBy ?? null));
  }

  @Authorized()
  @Mutation(() => Referral)
  async revokeVictimLink(@Arg('input', () => RevokeVictimLinkInput) input: RevokeVictimLinkInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.revokeVictimLink.revoke(staffActorOf(ctx), input.referralId), ctx.loaders);
  }

  @Mutation(() => VictimStatus, { description: 'Opens a victim link with its access code and starts a short victim session' })
  async openVictimLink(@Arg('input', () => OpenVictimLinkInput) input: OpenVictimLinkInput, @Ctx() ctx: Context): Promise<VictimStatus> {
    requireSessionSupport(ctx.req);
    const actor = actorOf(ctx);
    const link = await ctx.services.openVictimLink.open(actor, input.token.trim(), input.accessCode.replace(/\s/g, ''));
    const victim = { kind: 'victim', linkId: link.id, referralId: link.referralId } as const;
    const status = await ctx.services.victimStatus.status({ ...actor, viewer: victim }, link.id);
    // Locked or revoked by a request racing this one, or the referral ended (its links are revoked as it
    // ends): answered as a locked or a no-longer-valid link is, and no session starts.
    if (!status) throw await ctx.services.openVictimLink.refusalFor(link);
    await regenerateSession(ctx.req, ctx.res, { ...victim, startedAt: Date.now() });
    return toVictimStatus(status);
  }

  @Query(() => VictimStatus, { nullable: true, description: 'Only in a victim session: where their referral stands' })
  async victimStatus(@Ctx() ctx: Context): Promise<VictimStatus | null> {
    if (!ctx.victim) return null;
    const status = await ctx.services.victimStatus.status(actorOf(ctx), ctx.victim.linkId);
    return status ? toVictimStatus(status) : null;
  }
}

/** A referral's latest victim link, for the police. */
@Resolver(() => Referral)
export class ReferralVictimLinkResolver {
  @FieldResolver(() => VictimLinkSummary, { nullable: true, description: 'The latest victim link (police only)' })
  async victimLink(@Root() referral: Referral, @Ctx() ctx: Context): Promise<VictimLinkSummary | null> {
    if (!ctx.viewer || !isPolice(ctx.viewer)) return null;
    const link = await ctx.loaders.latestVictimLink.load(referral.id);
    if (!link) return null;
    return Object.assign(new VictimLinkSummary(), {
      state: victimLinkState(link),
      issuedAt: link.issuedAt,
      expiresAt: link.expiresAt,
      issuedBy: await staffMember(ctx.loaders, link.issuedById),
      failedAttempts: link.failedAttempts,
      lastOpenedAt: link.lastOpenedAt,
    });
  }
}
