/** Who a signed-in person is. Staff roles come from their user record; VICTIM only from a victim link. */
export const ROLES = ['OFFICER', 'SUPERVISOR', 'PARTNER_MANAGER', 'ADVOCATE', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const POLICE_ROLES: readonly Role[] = ['OFFICER', 'SUPERVISOR'];
export const PARTNER_ROLES: readonly Role[] = ['PARTNER_MANAGER', 'ADVOCATE'];

export const ORGANISATION_KINDS = ['POLICE_FORCE', 'PARTNER_SERVICE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: 'Police officer',
  SUPERVISOR: 'Police supervisor',
  PARTNER_MANAGER: 'Service manager',
  ADVOCATE: 'Independent stalking advocate',
  ADMIN: 'Administrator',
};
