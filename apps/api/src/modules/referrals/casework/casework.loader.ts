import DataLoader from 'dataloader';
import type { ScopedRead, VisibleRead } from '../../../common/database-scope.js';
import { byReferral } from '../../../common/loading.js';
import type { StaffViewer } from '../../../common/auth/actor.js';
import { canSeeCaseload } from '../referral-access.js';
import type { ReferralRepository } from '../referral.repository.js';
import type { ContactAttemptEntity } from './contact-attempt.entity.js';
import type { ContactAttemptRepository } from './contact-attempt.repository.js';

/** Per-request loaders of each referral's contact attempts (oldest first) and each advocate's open caseload. */
export function createCaseworkLoaders(attempts: ContactAttemptRepository, referrals: ReferralRepository, viewer: StaffViewer | null, read: ScopedRead, within: VisibleRead) {
  return {
    contactAttempts: new DataLoader<string, ContactAttemptEntity[]>(async (ids) => byReferral(await within(ids, (manager, visible) => attempts.forReferrals(manager, visible)), ids)),
    /** Null for each advocate the viewer may not know the caseload of (see `canSeeCaseload`). */
    caseloads: new DataLoader<string, number | null>(async (ids) => {
      if (!viewer || viewer.role !== 'PARTNER_MANAGER' && viewer.role !== 'ADVOCATE') return ids.map(() => null);
      const counts = await read((manager) => referrals.openCaseloads(manager, viewer.organisationId, ids));
      return ids.map((id, i) => (canSeeCaseload(viewer, id) ? counts[i] : null));
    }),
  };
}

export type CaseworkLoaders = ReturnType<typeof createCaseworkLoaders>;
