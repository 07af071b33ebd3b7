import type { IdentityLoaders } from '../../identity/identity.loader.js';
import { staffMember } from '../../identity/identity.mapper.js';
import type { ContactAttemptEntity } from './contact-attempt.entity.js';
import { ContactAttempt } from './contact-attempt.type.js';

/** The GraphQL view of a contact attempt, with who recorded it. */
export async function toContactAttempt(row: ContactAttemptEntity, loaders: IdentityLoaders): Promise<ContactAttempt> {
  return Object.assign(new ContactAttempt(), {
    id: row.id,
    outcome: row.outcome,
    note: row.note,
    attemptedAt: row.attemptedAt,
    recordedBy: await staffMember(loaders, row.recordedById),
  });
}
