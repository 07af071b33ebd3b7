import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import type { Context } from '../../context.js';
import { ReferralActionEnum } from '../../common/graphql/enums.js';
import { victimLinkState } from '../victim-links/victim-link-state.js';
import { availableActions } from './referral-available-actions.js';
import { toContactAttempt, toReferral, toReferralEvent, toSafeguardingUpdate } from './referral.mapper.js';
import { canSee, isPolice } from './referral-access.js';
import { toStaffMember } from '../identity/identity.mapper.js';
import { NotificationSummary } from '../notifications/notification-summary.type.js';
import { ContactAttempt, Referral, ReferralEvent, SafeguardingUpdate, VictimLinkSummary } from './referral.type.js';

@Resolver(() => Referral)
export class ReferralFieldsResolver {
  @FieldResolver(() => [ContactAttempt])
  async contactAttempts(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ContactAttempt[]> {
    const rows = await ctx.loaders.contactAttempts.load(referral.id);
    return Promise.all(rows.map((row) => toContactAttempt(row, ctx.loaders)));
  }

  @FieldResolver(() => [SafeguardingUpdate], { description: 'Newest first' })
  async safeguardingUpdates(@Root() referral: Referral, @Ctx() ctx: Context): Promise<SafeguardingUpdate[]> {
    const rows = await ctx.loaders.safeguardingUpdates.load(referral.id);
    return Promise.all(rows.map((row) => toSafeguardingUpdate(row, ctx.loaders)));
  }

  @FieldResolver(() => Int, { description: 'Urgent updates the police have not acknowledged yet' })
  async unacknowledgedUrgentCount(@Root() referral: Referral, @Ctx() ctx: Context): Promise<number> {
    const rows = await ctx.loaders.safeguardingUpdates.load(referral.id);
    return rows.filter((row) => row.urgent && !row.acknowledgedAt).length;
  }

  @FieldResolver(() => [ReferralEvent], { description: 'Everything that happened, newest first' })
  async timeline(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralEvent[]> {
    const rows = await ctx.loaders.events.load(referral.id);
    return Promise.all(rows.map((row) => toReferralEvent(row, ctx.loaders)));
  }

  @FieldResolver(() => VictimLinkSummary, { nullable: true, description: 'The latest victim link (police only)' })
  async victimLink(@Root() referral: Referral, @Ctx() ctx: Context): Promise<VictimLinkSummary | null> {
    if (!ctx.viewer || !isPolice(ctx.viewer)) return null;
    const link = await ctx.loaders.latestVictimLink.load(referral.id);
    if (!link) return null;
    const issuer = await ctx.loaders.users.load(link.issuedById);
    return Object.assign(new VictimLinkSummary(), {
      state: victimLinkState(link),
      issuedAt: link.issuedAt,
      expiresAt: link.expiresAt,
      issuedBy: toStaffMember(issuer!),
      failedAttempts: link.failedAttempts,
      lastOpenedAt: link.lastOpenedAt,
    });
  }

  @FieldResolver(() => [NotificationSummary], { description: 'Messages sent about this referral and whether they arrived' })
  async notifications(@Root() referral: Referral, @Ctx() ctx: Context): Promise<NotificationSummary[]> {
    if (!ctx.viewer) return [];
    const rows = await ctx.loaders.notifications.load(referral.id);
    const police = isPolice(ctx.viewer);
    return rows
      .filter((row) => police || row.kind === 'NEW_REFERRAL' || row.kind === 'CONSENT_WITHDRAWN')
      .map(({ referralId: _referralId, ...row }) => Object.assign(new NotificationSummary(), row));
  }

  @FieldResolver(() => [ReferralActionEnum], { description: 'What you may do next, from the shared transition table' })
  async availableActions(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralAction[]> {
    if (!ctx.viewer || !canSee(ctx.viewer, referral.entity)) return [];
    const [updates, link] = await Promise.all([
      ctx.loaders.safeguardingUpdates.load(referral.id),
      ctx.loaders.latestVictimLink.load(referral.id),
    ]);
    return availableActions(ctx.viewer, referral.entity, {
      hasUnacknowledgedUrgent: updates.some((row) => row.urgent && !row.acknowledgedAt),
      hasActiveVictimLink: link !== null && victimLinkState(link) === 'ACTIVE',
    });
  }
}

@Resolver(() => SafeguardingUpdate)
export class SafeguardingUpdateFieldsResolver {
  @FieldResolver(() => Referral)
  async referral(@Root() update: SafeguardingUpdate, @Ctx() ctx: Context): Promise<Referral> {
    const entity = await ctx.services.referralQueries.get(ctx, update.referralId);
    if (!entity) throw new Error('Safeguarding update without a visible referral');
    return toReferral(entity, ctx.loaders);
  }
}
