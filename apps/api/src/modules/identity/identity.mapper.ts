import type { OrganisationEntity } from './organisation.entity.js';
import type { UserEntity } from './user.entity.js';
import { Organisation, StaffMember } from './staff-member.type.js';

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return Object.assign(new Organisation(), {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    code: entity.code,
    areas: entity.areas,
  });
}

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
