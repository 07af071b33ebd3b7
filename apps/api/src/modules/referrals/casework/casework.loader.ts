import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byReferral } from '../../../common/loading.js';
import type { ReferralRepository } from '../referral.repository.js';
import type { ContactAttemptEntity } from './contact-attempt.entity.js';
import type { ContactAttemptRepository } from './contact-attempt.repository.js';

/** Per-request loaders of each referral's contact attempts (oldest first) and each advocate's open caseload. */
export function createCaseworkLoaders(attempts: ContactAttemptRepository, referrals: ReferralRepository, manager: EntityManager) {
  return {
    contactAttempts: new DataLoader<string, ContactAttemptEntity[]>(async (ids) => byReferral(await attempts.forReferrals(manager, ids), ids)),
    caseloads: new DataLoader<string, number>((ids) => referrals.openCaseloads(manager, ids)),
  };
}

export type CaseworkLoaders = ReturnType<typeof createCaseworkLoaders>;
