import type { Role } from '../gql/graphql';
import type { StaffViewer } from '../viewer';

/**
 * A typed fixture factory: `defaults()` builds a fresh object each call, and `overrides` replace whole
 * fields, checked against the type (`const referral = fixture(() => ({ ... }))` then `referral({ status })`).
 */
export function fixture<T extends object>(defaults: () => T): (overrides?: Partial<T>) => T {
  return (overrides = {}) => ({ ...defaults(), ...overrides });
}

/** A member of staff as a referral names them (officer in the case, advocate, who recorded something). */
export function staffMember(id: string, name: string) {
  return { __typename: 'StaffMember' as const, id, name };
}

/** A deadline as the API reports it: due (UK time, ISO), met or not, and its state. */
export function deadline(dueAt: string, state: 'DUE' | 'MET' | 'OVERDUE' | 'MISSED' = 'DUE', metAt: string | null = null) {
  return { __typename: 'Deadline' as const, dueAt, metAt, state };
}

/** The signed-in person: `role`, who they are (`user`) and their organisation. */
export function staffViewer(
  role: Role,
  user: { id: string; name: string; firstName: string; email: string },
  organisation: { id: string; name: string; code: string; kind: 'POLICE_FORCE' | 'PARTNER_SERVICE'; areas: string[] },
): StaffViewer {
  return {
    __typename: 'Viewer',
    role,
    user: { __typename: 'StaffMember', role, ...user },
    organisation: { __typename: 'Organisation', ...organisation },
  };
}

/** The parts of a referral that fill up as work happens, still empty: no decline, closure, withdrawal or activity. */
export function noActivityYet() {
  return { decline: null, closure: null, withdrawal: null, contactAttempts: [] as never[], safeguardingUpdates: [] as never[], timeline: [] as never[] };
}
