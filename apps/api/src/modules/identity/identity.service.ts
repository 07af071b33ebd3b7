import type { Actor, StaffActor, StaffViewer } from '../../common/auth/actor.js';
import { AppError } from '../../common/errors/app-error.js';
import { decoyHash, verifySecret } from '../../common/auth/password.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { RateLimits } from '../../common/rate-limits.js';
import type { Keyring } from '../../common/keys/keys.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { OrganisationEntity } from './organisation.entity.js';
import type { OrganisationRepository } from './organisation.repository.js';
import type { UserEntity } from './user.entity.js';
import type { UserRepository } from './user.repository.js';

const SIGN_IN_FAILED = 'Enter a correct e-mail address and password.';

/**
 * Who is signed in: checking a member of staff's credentials, recording sign-in and sign-out, and loading
 * the signed-in person fresh on every request. Starting and ending the HTTP session is the resolver's part.
 */
export class IdentityService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimits,
    private readonly keyring: Keyring,
  ) {}

  /** The member of staff behind a session, or null once they are disabled or gone. */
  async staffViewer(userId: string): Promise<StaffViewer | null> {
    const user = await this.users.findById(this.tx.manager, userId);
    if (!user || user.disabledAt) return null;
    const organisation = await this.organisation(user.organisationId);
    return {
      kind: 'staff',
      userId: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organisationId: organisation.id,
      organisationKind: organisation.kind,
    };
  }

  /** The user record and organisation of a signed-in member of staff. */
  async profile(userId: string): Promise<{ user: UserEntity; organisation: OrganisationEntity }> {
    const user = await this.users.findById(this.tx.manager, userId);
    if (!user) throw new Error(`Missing user ${userId}`);
    return { user, organisation: await this.organisation(user.organisationId) };
  }

  /**
   * Checks an e-mail address and password, within the attempt limits per address (10 per account and a
   * configured number per address, in 15 minutes), and audits the outcome. Refuses with UNAUTHENTICATED
   * (the same answer for an unknown account, a wrong password and a disabled user) or RATE_LIMITED.
   */
  async signIn(actor: Actor, email: string, password: string): Promise<StaffViewer> {
    const normalised = email.trim().toLowerCase();
    // Keyed, so the rate-limit table does not hold a hash anyone could reverse by hashing e-mail addresses.
    const accountKey = this.keyring.keyedHash('sign-in-account', normalised);
    await this.rateLimits.consume(actor, 'signInAddress', actor.ip ?? 'unknown');
    await this.rateLimits.consume(actor, 'signInAccount', accountKey);
    const user = await this.users.findByEmail(this.tx.manager, normalised);
    const ok = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok || user.disabledAt) {
      await this.audit.record(this.tx.manager, actor, { action: 'SIGN_IN', entityType: 'user', entityId: user?.id ?? null, outcome: 'DENIED' });
      throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED, { fields: [{ field: 'email', message: SIGN_IN_FAILED }] });
    }
    await this.rateLimits.reset('signInAccount', accountKey);
    const viewer = (await this.staffViewer(user.id))!;
    await this.audit.record(this.tx.manager, { ...actor, viewer }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id });
    return viewer;
  }

  /** Audits the end of a staff or victim session (nothing to record when nobody is signed in). */
  async signOut(actor: Actor): Promise<void> {
    const viewer = actor.viewer;
    if (!viewer) return;
    await this.audit.record(this.tx.manager, actor, {
      action: 'SIGN_OUT',
      entityType: viewer.kind === 'staff' ? 'user' : 'victim_link',
      entityId: viewer.kind === 'staff' ? viewer.userId : viewer.linkId,
    });
  }

  /** A partner manager's own advocates who can be allocated referrals. */
  advocates(actor: StaffActor): Promise<UserEntity[]> {
    return this.users.activeAdvocates(this.tx.manager, actor.viewer.organisationId);
  }

  private async organisation(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(this.tx.manager, id);
    if (!organisation) throw new Error(`Missing organisation ${id}`);
    return organisation;
  }
}
