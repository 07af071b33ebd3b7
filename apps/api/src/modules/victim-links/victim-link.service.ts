import { createHash, randomBytes, randomInt } from 'node:crypto';
import { LIMITS, VICTIM_LINK_MAX_ATTEMPTS, VICTIM_LINK_VALID_DAYS } from '@lantern/schema/limits';
import type { Context } from '../../context.js';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { refusal } from '../referrals/referral-access.js';
import { hashSecret, verifySecret } from '../../common/auth/password.js';
import { inTransaction } from '../../common/transaction.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { SafeguardingUpdateEntity } from '../referrals/referral-records.entity.js';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import type { ReferralWorkflow } from '../referrals/referral-workflow.js';
import { staffViewer } from '../referrals/referral-workflow.js';
import { VictimLinkEntity } from './victim-link.entity.js';
import { victimLinkState } from './victim-link-state.js';
import { toVictimStatus } from './victim-status.mapper.js';
import type { VictimStatus } from './victim-status.type.js';
import type { RateLimits } from '../../common/rate-limits.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedLink {
  url: string;
  accessCode: string;
  expiresAt: Date;
}

/** The victim's secure link: issue, revoke, open with the access code, and the status it shows. */
export class VictimLinkService {
  constructor(
    private readonly workflow: ReferralWorkflow,
    private readonly rateLimits: RateLimits,
  ) {}

  /** Issues a new link (revoking any earlier one). The token and code are returned once and only hashes kept. */
  issue(ctx: Context, referralId: string, sendBy: 'SMS' | 'EMAIL' | null = null): Promise<IssuedLink> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, referralId, 'ISSUE_VICTIM_LINK');
      const consent = referral.consent;
      if (!consent?.given || consent.withdrawnAt || !consent.victimAwareOfReferral) {
        throw refusal(referral, 'ISSUE_VICTIM_LINK', 'A link can only be issued to a victim who has agreed to the referral.');
      }
      const contact = referral.victim.safeContact ?? {};
      const destination = sendBy === 'SMS' ? contact.phone : sendBy === 'EMAIL' ? contact.email : null;
      if (sendBy && !destination) {
        const missing = sendBy === 'SMS' ? 'a safe phone number' : 'a safe e-mail address';
        throw badInput([{ field: 'sendBy', message: `The victim has no ${missing} recorded. Choose another way to give them the link.` }]);
      }
      await this.revokeActive(manager, referral.id);
      const token = randomBytes(32).toString('base64url');
      const accessCode = Array.from({ length: LIMITS.accessCode.length }, () => randomInt(0, 10)).join('');
      const now = new Date();
      const expiresAt = new Date(now.getTime() + VICTIM_LINK_VALID_DAYS * 24 * 60 * 60 * 1000);
      const inserted = await manager.insert(VictimLinkEntity, {
        referralId: referral.id,
        policeForceId: referral.policeForceId,
        tokenHash: sha256(token),
        accessCodeHash: await hashSecret(accessCode),
        issuedById: viewer.userId,
        issuedAt: now,
        expiresAt,
        failedAttempts: 0,
        lockedAt: null,
        revokedAt: null,
        lastOpenedAt: null,
      });
      const url = `${ctx.config.victimStatusUrl}#t=${token}`;
      if (sendBy && destination) {
        await this.workflow.notifications.enqueue(manager, referral, {
          kind: 'VICTIM_LINK',
          channel: sendBy,
          to: destination,
          reference: `VICTIM_LINK:${(inserted.identifiers[0] as { id: string }).id}`,
          personalisation: { link: url },
        });
      }
      const how = sendBy === 'SMS' ? ' by text message' : sendBy === 'EMAIL' ? ' by e-mail' : '';
      await this.workflow.record(manager, ctx, referral, { kind: 'VICTIM_LINK_ISSUED', summary: `Secure status link issued to the victim${how}` });
      await this.workflow.audit.record(manager, ctx, { action: 'ISSUE_VICTIM_LINK', entityType: 'referral', entityId: referral.id });
      return { url, accessCode, expiresAt };
    });
  }

  revoke(ctx: Context, referralId: string): Promise<ReferralEntity> {
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, referralId, 'REVOKE_VICTIM_LINK');
      const revoked = await this.revokeActive(manager, referral.id);
      if (revoked === 0) {
        throw refusal(referral, 'REVOKE_VICTIM_LINK', 'There is no active link to revoke.');
      }
      await this.workflow.record(manager, ctx, referral, { kind: 'VICTIM_LINK_REVOKED', summary: 'Secure status link revoked' });
      await this.workflow.audit.record(manager, ctx, { action: 'REVOKE_VICTIM_LINK', entityType: 'referral', entityId: referral.id });
      return referral;
    });
  }

  private async revokeActive(manager: Parameters<Parameters<typeof inTransaction>[1]>[0], referralId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(VictimLinkEntity)
      .set({ revokedAt: () => 'now()' })
      .where('referral_id = :referralId AND revoked_at IS NULL', { referralId })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Checks the token and the access code. Unknown, expired and revoked tokens all answer NOT_FOUND; a wrong
   * code answers with the attempts left; the fifth wrong code locks the link for good.
   */
  async open(ctx: Context, token: string, accessCode: string): Promise<VictimLinkEntity> {
    await this.rateLimits.consume('victimLinkAddress', ctx.ip ?? 'unknown');
    const manager = ctx.dataSource.manager;
    const link = TOKEN_PATTERN.test(token) ? await manager.findOneBy(VictimLinkEntity, { tokenHash: sha256(token) }) : null;
    const state = link ? victimLinkState(link) : null;
    if (!link || state === 'REVOKED' || state === 'EXPIRED') {
      await this.workflow.audit.record(manager, ctx, { action: 'OPEN_VICTIM_LINK', entityType: 'victim_link', outcome: 'DENIED' });
      throw new AppError('NOT_FOUND', 'This link is not valid. It may have expired or been replaced. Ask the officer in your case for a new link.');
    }
    if (state === 'LOCKED') {
      await this.workflow.audit.record(manager, ctx, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId, outcome: 'DENIED' });
      throw new AppError('VICTIM_LINK_LOCKED');
    }
    const codeOk = /^\d{6}$/.test(accessCode) && (await verifySecret(link.accessCodeHash, accessCode));
    if (!codeOk) return this.wrongCode(ctx, link);
    await manager.update(VictimLinkEntity, { id: link.id }, { lastOpenedAt: new Date() });
    await this.workflow.audit.record(manager, ctx, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId });
    return link;
  }

  private async wrongCode(ctx: Context, link: VictimLinkEntity): Promise<never> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ failed_attempts: number; locked_at: Date | null }[], number] = await ctx.dataSource.manager.query(
      `UPDATE victim_links SET failed_attempts = failed_attempts + 1,
         locked_at = CASE WHEN failed_attempts + 1 >= $2 THEN now() ELSE locked_at END
       WHERE id = $1 RETURNING failed_attempts, locked_at`,
      [link.id, VICTIM_LINK_MAX_ATTEMPTS],
    );
    await this.workflow.audit.record(ctx.dataSource.manager, ctx, {
      action: 'OPEN_VICTIM_LINK',
      entityType: 'referral',
      entityId: link.referralId,
      outcome: 'DENIED',
    });
    const attemptsLeft = Math.max(0, VICTIM_LINK_MAX_ATTEMPTS - (rows[0]?.failed_attempts ?? VICTIM_LINK_MAX_ATTEMPTS));
    if (attemptsLeft === 0) throw new AppError('VICTIM_LINK_LOCKED');
    const plural = attemptsLeft === 1 ? 'attempt' : 'attempts';
    throw new AppError('BAD_USER_INPUT', `That code is not right. Check it and try again. You have ${attemptsLeft} ${plural} left.`, {
      attemptsLeft,
      fields: [{ field: 'accessCode', message: `That code is not right. You have ${attemptsLeft} ${plural} left.` }],
    });
  }

  /** The victim's own status; null once their link is revoked, expired or locked. */
  async status(ctx: Context, linkId: string): Promise<VictimStatus | null> {
    const manager = ctx.dataSource.manager;
    const link = await manager.findOneBy(VictimLinkEntity, { id: linkId });
    if (!link || victimLinkState(link) !== 'ACTIVE') return null;
    const referral = await this.workflow.repository.findById(manager, link.referralId);
    if (!referral) return null;
    const [service, advocate, updates] = await Promise.all([
      referral.partnerServiceId ? manager.findOneBy(OrganisationEntity, { id: referral.partnerServiceId }) : null,
      referral.advocateId ? manager.findOneBy(UserEntity, { id: referral.advocateId }) : null,
      manager.find(SafeguardingUpdateEntity, { where: { referralId: referral.id, visibleToVictim: true }, order: { postedAt: 'DESC' } }),
    ]);
    await this.workflow.audit.record(manager, ctx, { action: 'VICTIM_STATUS', entityType: 'referral', entityId: referral.id });
    return toVictimStatus(referral, service, advocate, updates);
  }

  /** True while the link behind a victim session is still usable. */
  async isActive(ctx: Pick<Context, 'dataSource'>, linkId: string): Promise<boolean> {
    const link = await ctx.dataSource.manager.findOneBy(VictimLinkEntity, { id: linkId });
    return Boolean(link && victimLinkState(link) === 'ACTIVE');
  }
}
