import { randomUUID } from 'node:crypto';
import type { StaffActor } from '../../common/auth/actor.js';
import type { Services } from '../../services.js';

/** An actor for a member of staff, for seeding: the services record it in every audit event, as for a request. */
export async function actingAs(services: Services, userId: string): Promise<StaffActor> {
  const viewer = await services.identity.staffViewer(userId);
  if (!viewer) throw new Error(`No active user ${userId}`);
  return { viewer, requestId: `seed-${randomUUID()}`, ip: null };
}
