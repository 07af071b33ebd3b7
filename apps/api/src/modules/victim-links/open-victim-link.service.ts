import type { Actor } from '../../common/auth/actor.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import { verifySecret } from '../../common/auth/password.js';
import { AppError } from '../../common/errors/app-error.js';
import type { RateLimits } from '../../common/rate-limits.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { VictimLinkEntity } from './victim-link.entity.js';
import type { VictimLinkRepository } from './victim-link.repository.js';
import { victimLinkState } from './victim-link-state.js';
import { WRONG_CODES_BEFORE_LOCK, wrongCodeError } from './victim-link-lockout.js';
import { TOKEN_PATTERN, tokenHash } from './victim-link-token.js';

/** What opening a link came to: the link, or the refusal to throw once the attempt is committed. */
type Opening = { refused: AppError } | { link: VictimLinkEntity };

/** A victim opens their link with the access code they were given. */
export class OpenVictimLinkService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly links: VictimLinkRepository,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimits,
  ) {}

  /**
   * Checks the token and the access code, within 30 attempts per address in 15 minutes (RATE_LIMITED).
   * Unknown, expired and revoked tokens all answer NOT_FOUND; a locked link VICTIM_LINK_LOCKED; a wrong code
   * the attempts left (see victim-link-lockout.ts). Every refusal is audited.
   */
  async open(actor: Actor, token: string, accessCode: string): Promise<VictimLinkEntity> {
    await this.rateLimits.consume('victimLinkAddress', actor.ip ?? 'unknown');
    // The link_opening scope shows only the link with this token hash (ADR 0012). A refusal is returned,
    // not thrown, so the counted wrong code and its audit event commit before it is thrown.
    const outcome = await this.tx.runInScope<Opening>({ scope: 'link_opening', tokenHash: tokenHash(token) }, async (manager) => {
      const link = TOKEN_PATTERN.test(token) ? await this.links.findByTokenHash(manager, tokenHash(token)) : null;
      const state = link ? victimLinkState(link) : null;
      if (!link || state === 'REVOKED' || state === 'EXPIRED') {
        await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'victim_link', outcome: 'DENIED' });
        return { refused: notValid() };
      }
      if (state === 'LOCKED') {
        await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId, outcome: 'DENIED' });
        return { refused: new AppError('VICTIM_LINK_LOCKED') };
      }
      const codeOk = /^\d{6}$/.test(accessCode) && (await verifySecret(link.accessCodeHash, accessCode));
      if (!codeOk) {
        const failedAttempts = await this.links.recordWrongCode(manager, link.id, WRONG_CODES_BEFORE_LOCK);
        await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId, outcome: 'DENIED' });
        return { refused: wrongCodeError(failedAttempts) };
      }
      await this.links.recordOpened(manager, link.id);
      await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId });
      return { link };
    });
    if ('refused' in outcome) throw outcome.refused;
    return outcome.link;
  }
}

/** The answer for an unknown, expired or revoked link: all three look the same. */
function notValid(): AppError {
  return new AppError('NOT_FOUND', 'This link is not valid. It may have expired or been replaced. Ask the officer in your case for a new link.');
}
