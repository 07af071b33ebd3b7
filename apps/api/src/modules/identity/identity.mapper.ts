import type { OrganisationEntity } from './organisation.entity.js';
import type { UserEntity } from './user.entity.js';
import type { IdentityLoaders } from './identity.loader.js';
import { Organisation, StaffMember, Viewer } from './staff-member.type.js';

/** The GraphQL view of a police force or partner service. */
export function toOrganisation(entity: OrganisationEntity): Organisation {
  return Object.assign(new Organisation(), {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    code: entity.code,
    areas: entity.areas,
  });
}

/** The GraphQL view of a member of staff; their first name is the first word of their name. */
export function toStaffMember(entity: UserEntity): StaffMember {
  return Object.assign(new StaffMember(), {
    id: entity.id,
    name: entity.name,
    firstName: entity.name.split(' ')[0] ?? entity.name,
    email: entity.email,
    role: entity.role,
    organisationId: entity.organisationId,
  });
}

/** The signed-in person, their role and their organisation. */
export function toViewer(user: UserEntity, organisation: OrganisationEntity): Viewer {
  const staff = toStaffMember(user);
  return Object.assign(new Viewer(), { user: staff, role: staff.role, organisation: toOrganisation(organisation) });
}

/** The member of staff with id `id`, through the request's loader; a missing user is a broken record. */
export async function staffMember(loaders: Pick<IdentityLoaders, 'users'>, id: string): Promise<StaffMember> {
  const user = await loaders.users.load(id);
  if (!user) throw new Error(`Missing user ${id}`);
  return toStaffMember(user);
}

/** As staffMember, for an optional id. */
export async function optionalStaffMember(loaders: Pick<IdentityLoaders, 'users'>, id: string | null | undefined): Promise<StaffMember | null> {
  return id ? staffMember(loaders, id) : null;
}
