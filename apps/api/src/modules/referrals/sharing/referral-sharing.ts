import { audienceOfRole, mayView, type Audience, type FieldGroup, type SharingFacts } from '@lantern/schema/data-sharing';
import type { StaffViewer } from '../../../common/auth/actor.js';
import type { ReferralEntity } from '../referral.entity.js';

/** The policy audience of a member of staff (see DATA_SHARING_POLICY); null for nobody, or an administrator. */
export function audienceOf(viewer: StaffViewer | null): Audience | null {
  return viewer ? audienceOfRole(viewer.role) : null;
}

/** The facts of a referral the data-sharing policy depends on: its status, and whether consent was withdrawn. */
export function sharingFactsOf(referral: ReferralEntity): SharingFacts {
  return {
    status: referral.status,
    consentWithdrawn: Boolean(referral.consent?.withdrawnAt || referral.withdrawal?.consentWithdrawn),
  };
}

/**
 * True when `viewer` may see `group` of `referral` under the data-sharing policy (`mayView` in
 * packages/schema). Row access (canSee) is checked before; this is need-to-know within the row.
 */
export function viewerMayView(viewer: StaffViewer | null, group: FieldGroup, referral: ReferralEntity): boolean {
  const audience = audienceOf(viewer);
  return audience !== null && mayView(audience, group, sharingFactsOf(referral));
}
