import type { EntityManager } from 'typeorm';
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
import type { VictimLinkState } from '@lantern/schema/vocabularies';
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
   * the attempts left (see victim-link-lockout.ts). The attempt is counted before the code is checked
   * (VictimLinkRepository.claimAttempt), so guesses sent at the same moment never try more than five codes,
   * and a right code that arrives once no attempt is left is never checked: it gets the locked answer like
   * any other. Every refusal is audited.
   */
  async open(actor: Actor, token: string, accessCode: string): Promise<VictimLinkEntity> {
    await this.rateLimits.consume(actor, 'victimLinkAddress', actor.ip ?? 'unknown');
    const hash = tokenHash(token);
    // The link_opening scope shows only the link with this token hash (ADR 0012). A refusal is returned,
    // not thrown, so the counted attempt and its audit event commit before it is thrown. The attempt's
    // UPDATE holds the link's row until commit, so attempts on one link are checked one after another.
    const outcome = await this.tx.runInScope<Opening>({ scope: 'link_opening', tokenHash: hash }, async (manager) => {
      const link = TOKEN_PATTERN.test(token) ? await this.links.findByTokenHash(manager, hash) : null;
      if (!link || !existsForVictim(victimLinkState(link))) {
        await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'victim_link', outcome: 'DENIED' });
        return { refused: notFound() };
      }
      const denied = () => this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId, outcome: 'DENIED' });
      const claimed = await this.links.claimAttempt(manager, link.id, WRONG_CODES_BEFORE_LOCK);
      if (claimed === null) {
        await denied();
        return { refused: await this.refusalIn(manager, link.id) };
      }
      const codeOk = /^\d{6}$/.test(accessCode) && (await verifySecret(link.accessCodeHash, accessCode));
      if (!codeOk) {
        const { failedAttempts, locked } = await this.links.recordWrongCode(manager, link.id, WRONG_CODES_BEFORE_LOCK);
        await denied();
        return { refused: locked ? new AppError('VICTIM_LINK_LOCKED') : wrongCodeError(failedAttempts) };
      }
      if (!(await this.links.recordRightCode(manager, link.id))) {
        await denied();
        return { refused: await this.refusalIn(manager, link.id) };
      }
      await this.audit.record(manager, actor, { action: 'OPEN_VICTIM_LINK', entityType: 'referral', entityId: link.referralId });
      return { link };
    });
    if ('refused' in outcome) throw outcome.refused;
    return outcome.link;
  }

  /**
   * The answer for a link opened with its right code whose status could not then be read: VICTIM_LINK_LOCKED
   * when a racing request locked it, otherwise NOT_FOUND (revoked or expired meanwhile, or its referral has
   * ended: the data-sharing policy), the answer an invalid link gets.
   */
  async refusalFor(link: VictimLinkEntity): Promise<AppError> {
    const now = await this.tx.runInScope({ scope: 'link_opening', tokenHash: link.tokenHash }, (manager) => this.links.findById(manager, link.id));
    return now && victimLinkState(now) === 'LOCKED' ? new AppError('VICTIM_LINK_LOCKED') : notFound();
  }

  /** `refusalFor` within an open transaction of the link_opening scope. */
  private async refusalIn(manager: EntityManager, linkId: string): Promise<AppError> {
    const now = await this.links.findById(manager, linkId);
    return now && !existsForVictim(victimLinkState(now)) ? notFound() : new AppError('VICTIM_LINK_LOCKED');
  }
}

/** Revoked and expired links answer as if they never existed; a locked one says so. */
function existsForVictim(state: VictimLinkState): boolean {
  return state === 'ACTIVE' || state === 'LOCKED';
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'This link is not valid. It may have expired or been replaced. Ask the officer in your case for a new link.');
}
