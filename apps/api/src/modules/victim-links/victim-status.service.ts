import { victimLinkWorks } from '@lantern/schema/data-sharing';
import type { Actor, VictimViewer } from '../../common/auth/actor.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { OrganisationRepository } from '../identity/organisation.repository.js';
import type { UserRepository } from '../identity/user.repository.js';
import type { ReferralRepository } from '../referrals/referral.repository.js';
import { sharingFactsOf } from '../referrals/sharing/referral-sharing.js';
import type { SafeguardingUpdateRepository } from '../safeguarding-updates/safeguarding-update.repository.js';
import type { VictimLinkRepository } from './victim-link.repository.js';
import { isActiveLink } from './victim-link-state.js';
import type { VictimStatusSource } from './victim-status.mapper.js';

/** What a victim may see through their link, and whether a victim session is still good. */
export class VictimStatusService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly links: VictimLinkRepository,
    private readonly referrals: ReferralRepository,
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly updates: SafeguardingUpdateRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The records behind the victim's status (audited); null once their link is revoked, expired or locked, or
   * once the referral was closed or withdrawn or consent withdrawn (`victimLinkWorks`).
   */
  status(actor: Actor, linkId: string): Promise<VictimStatusSource | null> {
    return this.tx.run(actor, async (manager) => {
      const link = await this.links.findById(manager, linkId);
      if (!isActiveLink(link)) return null;
      const referral = await this.referrals.findById(manager, link!.referralId);
      // The link stops working once the referral ends or consent is withdrawn (the data-sharing policy).
      if (!referral || !victimLinkWorks(sharingFactsOf(referral))) return null;
      const service = referral.partnerServiceId ? await this.organisations.findById(manager, referral.partnerServiceId) : null;
      const advocate = referral.advocateId ? await this.users.findById(manager, referral.advocateId) : null;
      const updates = await this.updates.sharedWithVictim(manager, referral.id);
      await this.audit.record(manager, actor, { action: 'VICTIM_STATUS', entityType: 'referral', entityId: referral.id });
      return { referral, service, advocate, updates };
    });
  }

  /** True while the link behind a victim session (`viewer`) is still usable; read in that session's own scope. */
  async isActive(viewer: VictimViewer): Promise<boolean> {
    const link = await this.tx.runInScope({ scope: 'victim', victimLinkId: viewer.linkId, referralId: viewer.referralId }, (manager) =>
      this.links.findById(manager, viewer.linkId),
    );
    return isActiveLink(link);
  }
}
