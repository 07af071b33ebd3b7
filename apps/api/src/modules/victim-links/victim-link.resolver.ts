import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { IsString, MaxLength } from 'class-validator';
import type { Context } from '../../context.js';
import { regenerateSession } from '../../common/auth/session.js';
import { toReferral } from '../referrals/referral.mapper.js';
import { IssueVictimLinkInput, RevokeVictimLinkInput } from '../referrals/referral-police.input.js';
import { IssuedVictimLink, Referral } from '../referrals/referral.type.js';
import { VictimStatus } from './victim-status.type.js';

@InputType()
export class OpenVictimLinkInput {
  @Field({ description: 'From the link, after #t=' }) @IsString() @MaxLength(100, { message: 'This link is not valid' }) token: string;
  @Field({ description: 'The code the victim was given separately' })
  @IsString()
  @MaxLength(20, { message: 'Enter the 6-digit code you were given' })
  accessCode: string;
}

@Resolver()
export class VictimLinkResolver {
  @Authorized()
  @Mutation(() => IssuedVictimLink, { description: 'Issues a new link (revoking any earlier one); the code is shown only now' })
  async issueVictimLink(@Arg('input', () => IssueVictimLinkInput) input: IssueVictimLinkInput, @Ctx() ctx: Context) {
    return Object.assign(new IssuedVictimLink(), await ctx.services.victimLinks.issue(ctx, input.referralId, input.sendBy ?? null));
  }

  @Authorized()
  @Mutation(() => Referral)
  async revokeVictimLink(@Arg('input', () => RevokeVictimLinkInput) input: RevokeVictimLinkInput, @Ctx() ctx: Context) {
    return toReferral(await ctx.services.victimLinks.revoke(ctx, input.referralId), ctx.loaders);
  }

  @Mutation(() => VictimStatus, { description: 'Opens a victim link with its access code and starts a short victim session' })
  async openVictimLink(@Arg('input', () => OpenVictimLinkInput) input: OpenVictimLinkInput, @Ctx() ctx: Context): Promise<VictimStatus> {
    const link = await ctx.services.victimLinks.open(ctx, input.token.trim(), input.accessCode.replace(/\s/g, ''));
    await regenerateSession(ctx.req, { kind: 'victim', linkId: link.id, referralId: link.referralId, startedAt: Date.now() });
    const status = await ctx.services.victimLinks.status(ctx, link.id);
    return status!;
  }

  @Query(() => VictimStatus, { nullable: true, description: 'Only in a victim session: where their referral stands' })
  async victimStatus(@Ctx() ctx: Context): Promise<VictimStatus | null> {
    return ctx.victim ? ctx.services.victimLinks.status(ctx, ctx.victim.linkId) : null;
  }
}
