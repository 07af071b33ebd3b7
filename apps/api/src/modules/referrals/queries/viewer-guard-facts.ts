import type { ReferralGuardFacts } from '@lantern/schema/referral-guards';
import type { Context } from '../../../context.js';
import { canSee } from '../referral-access.js';
import { referralGuardFacts } from '../referral-guard-facts.js';
import type { Referral } from '../referral.type.js';

/**
 * The guard facts of `referral` for the member of staff asking, from the request's loaders; null when nobody
 * (or a victim) is signed in, or when the viewer may not see the referral.
 */
export async function viewerGuardFacts(ctx: Context, referral: Referral): Promise<ReferralGuardFacts | null> {
  if (!ctx.viewer || !canSee(ctx.viewer, referral.entity)) return null;
  return referralGuardFacts(ctx.viewer, referral.entity, await ctx.loaders.referralRecordFacts.load(referral.id));
}
