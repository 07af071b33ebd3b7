import type { EntityManager } from 'typeorm';
import type { Actor, StaffActor, StaffViewer } from '../../common/auth/actor.js';
import { AppError } from '../../common/errors/app-error.js';
import { decoyHash, verifySecret } from '../../common/auth/password.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { RateLimits } from '../../common/rate-limits.js';
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
  ) {}

  /** The member of staff behind a session, or null once they are disabled or gone. */
  staffViewer(userId: string): Promise<StaffViewer | null> {
    return this.tx.runInScope({ scope: 'session', userId }, async (manager) => {
      const user = await this.users.findById(manager, userId);
      if (!user || user.disabledAt) return null;
      const organisation = await this.organisation(manager, user.organisationId);
      return toStaffViewer(user, organisation);
    });
  }

  /** The user record and organisation of a signed-in member of staff. */
  profile(userId: string): Promise<{ user: UserEntity; organisation: OrganisationEntity }> {
    return this.tx.runInScope({ scope: 'session', userId }, async (manager) => {
      const user = await this.users.findById(manager, userId);
      if (!user) throw new Error(`Missing user ${userId}`);
      return { user, organisation: await this.organisation(manager, user.organisationId) };
    });
  }

  /**
   * Checks an e-mail address and password, within the attempt limits per address (10 per account and a
   * configured number per address, in 15 minutes), and audits the outcome. Refuses with UNAUTHENTICATED
   * (the same answer for an unknown account, a wrong password and a disabled user) or RATE_LIMITED. The
   * account is looked up in the sign_in scope, which shows only the user with that address (ADR 0012).
   */
  async signIn(actor: Actor, email: string, password: string): Promise<StaffViewer> {
    const normalised = email.trim().toLowerCase();
    // RateLimits stores every key as a keyed hash, so the e-mail address never reaches its table.
    await this.rateLimits.consume(actor, 'signInAddress', actor.ip ?? 'unknown');
    await this.rateLimits.consume(actor, 'signInAccount', normalised);
    const viewer = await this.tx.runInScope({ scope: 'sign_in', signInEmail: normalised }, async (manager) => {
      const user = await this.users.findByEmail(manager, normalised);
      const ok = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !ok || user.disabledAt) {
        await this.audit.record(manager, actor, { action: 'SIGN_IN', entityType: 'user', entityId: user?.id ?? null, outcome: 'DENIED' });
        return null;
      }
      const signedIn = toStaffViewer(user, await this.organisation(manager, user.organisationId));
      await this.audit.record(manager, { ...actor, viewer: signedIn }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id });
      return signedIn;
    });
    if (!viewer) throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED, { fields: [{ field: 'email', message: SIGN_IN_FAILED }] });
    await this.rateLimits.reset('signInAccount', normalised);
    return viewer;
  }

  /** Audits the end of a staff or victim session (nothing to record when nobody is signed in). */
  async signOut(actor: Actor): Promise<void> {
    const viewer = actor.viewer;
    if (!viewer) return;
    await this.tx.run(actor, (manager) =>
      this.audit.record(manager, actor, {
        action: 'SIGN_OUT',
        entityType: viewer.kind === 'staff' ? 'user' : 'victim_link',
        entityId: viewer.kind === 'staff' ? viewer.userId : viewer.linkId,
      }),
    );
  }

  /** A partner manager's own advocates who can be allocated referrals. */
  advocates(actor: StaffActor): Promise<UserEntity[]> {
    return this.tx.run(actor, (manager) => this.users.activeAdvocates(manager, actor.viewer.organisationId));
  }

  private async organisation(manager: EntityManager, id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(manager, id);
    if (!organisation) throw new Error(`Missing organisation ${id}`);
    return organisation;
  }
}

/** The viewer of a member of staff: who they are, their role and their organisation. */
function toStaffViewer(user: UserEntity, organisation: OrganisationEntity): StaffViewer {
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
