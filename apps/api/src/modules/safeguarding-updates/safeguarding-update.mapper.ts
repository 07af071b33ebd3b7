import type { IdentityLoaders } from '../identity/identity.loader.js';
import { optionalStaffMember, staffMember } from '../identity/identity.mapper.js';
import type { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';
import { SafeguardingUpdate } from './safeguarding-update.type.js';

/** The GraphQL view of a safeguarding update, with who posted and who acknowledged it; the referral is a field resolver. */
export async function toSafeguardingUpdate(row: SafeguardingUpdateEntity, loaders: IdentityLoaders): Promise<SafeguardingUpdate> {
  return Object.assign(new SafeguardingUpdate(), {
    id: row.id,
    kind: row.kind,
    text: row.text,
    newRiskLevel: row.newRiskLevel,
    needsPoliceAction: row.needsPoliceAction,
    urgent: row.urgent,
    visibleToVictim: row.visibleToVictim,
    postedBy: await staffMember(loaders, row.postedById),
    postedAt: row.postedAt,
    acknowledgedBy: await optionalStaffMember(loaders, row.acknowledgedById),
    acknowledgedAt: row.acknowledgedAt,
    referralId: row.referralId,
  });
}
