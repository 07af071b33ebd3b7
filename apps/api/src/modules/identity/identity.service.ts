import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Context, StaffViewer } from '../../context.js';
import { AppError } from '../../common/errors/app-error.js';
import { decoyHash, verifySecret } from '../../common/auth/password.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { RateLimits } from '../../common/rate-limits.js';
import { regenerateSession, destroySession } from '../../common/auth/session.js';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

const SIGN_IN_FAILED = 'Enter a correct e-mail address and password.';

/** Signing staff in and out, and loading the signed-in person fresh on every request. */
export class IdentityService {
  constructor(
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimits,
  ) {}

  /** The member of staff behind a session, or null once they are disabled or gone. */
  async staffViewer(dataSource: DataSource, userId: string): Promise<StaffViewer | null> {
    const user = await dataSource.manager.findOneBy(UserEntity, { id: userId });
    if (!user || user.disabledAt) return null;
    const organisation = await dataSource.manager.findOneByOrFail(OrganisationEntity, { id: user.organisationId });
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

  async signIn(ctx: Context, email: string, password: string): Promise<StaffViewer> {
    const normalised = email.trim().toLowerCase();
    const accountKey = createHash('sha256').update(normalised).digest('hex');
    await this.rateLimits.consume('signInAddress', ctx.ip ?? 'unknown');
    await this.rateLimits.consume('signInAccount', accountKey);
    const user = await ctx.dataSource.manager.findOneBy(UserEntity, { email: normalised });
    const ok = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok || user.disabledAt) {
      await this.audit.record(ctx.dataSource.manager, ctx, {
        action: 'SIGN_IN',
        entityType: 'user',
        entityId: user?.id ?? null,
        outcome: 'DENIED',
      });
      throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED, { fields: [{ field: 'email', message: SIGN_IN_FAILED }] });
    }
    await this.rateLimits.reset('signInAccount', accountKey);
    await regenerateSession(ctx.req, { kind: 'staff', userId: user.id, startedAt: Date.now() });
    const viewer = (await this.staffViewer(ctx.dataSource, user.id))!;
    await this.audit.record(ctx.dataSource.manager, { ...ctx, viewer }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id });
    return viewer;
  }

  async signOut(ctx: Context): Promise<boolean> {
    if (ctx.viewer || ctx.victim) {
      await this.audit.record(ctx.dataSource.manager, ctx, { action: 'SIGN_OUT', entityType: ctx.viewer ? 'user' : 'victim_link', entityId: ctx.viewer?.userId ?? ctx.victim?.linkId });
    }
    await destroySession(ctx.req, ctx.res);
    return true;
  }
}

