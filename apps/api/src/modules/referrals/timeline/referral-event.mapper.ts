import type { IdentityLoaders } from '../../identity/identity.loader.js';
import { optionalStaffMember } from '../../identity/identity.mapper.js';
import type { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralEvent } from './referral-event.type.js';

/** The GraphQL view of a timeline entry: who did it and for which organisation. */
export async function toReferralEvent(row: ReferralEventEntity, loaders: IdentityLoaders): Promise<ReferralEvent> {
  const organisation = row.actorOrganisationId ? await loaders.organisations.load(row.actorOrganisationId) : null;
  return Object.assign(new ReferralEvent(), {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    at: row.at,
    actor: await optionalStaffMember(loaders, row.actorId),
    organisationName: organisation?.name ?? null,
  });
}
