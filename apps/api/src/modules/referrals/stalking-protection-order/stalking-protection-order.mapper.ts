import type { IdentityLoaders } from '../../identity/identity.loader.js';
import { staffMember } from '../../identity/identity.mapper.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { OrderBreachEntity } from './order-breach.entity.js';
import type { OrderBreachLoaders } from './order-breach.loader.js';
import { OrderBreach, StalkingProtectionOrder } from './stalking-protection-order.type.js';

/** The GraphQL view of a breach of a Stalking Protection Order, with who recorded it. */
export async function toOrderBreach(row: OrderBreachEntity, loaders: IdentityLoaders): Promise<OrderBreach> {
  return Object.assign(new OrderBreach(), {
    id: row.id,
    occurredOn: row.occurredOn,
    description: row.description,
    crimeReference: row.crimeReference,
    recordedBy: await staffMember(loaders, row.recordedById),
    recordedAt: row.recordedAt,
  });
}

/** The referral's Stalking Protection Order record with its breaches, or null when none was recorded. */
export async function toStalkingProtectionOrder(
  entity: ReferralEntity,
  loaders: IdentityLoaders & OrderBreachLoaders,
): Promise<StalkingProtectionOrder | null> {
  const o = entity.stalkingProtectionOrder;
  if (!o) return null;
  const breaches = await loaders.breaches.load(entity.id);
  return Object.assign(new StalkingProtectionOrder(), {
    considered: o.considered,
    decision: o.decision,
    rationale: o.rationale,
    interimMadeOn: o.interimMadeOn,
    fullMadeOn: o.fullMadeOn,
    conditions: o.conditions,
    expiresOn: o.expiresOn,
    breaches: await Promise.all(breaches.map((b) => toOrderBreach(b, loaders))),
    recordedBy: await staffMember(loaders, o.recordedById),
    recordedAt: new Date(o.recordedAt),
  });
}
