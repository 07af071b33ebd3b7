import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth/auth-checker.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { LegalHoldResolver } from './modules/retention/legal-hold.resolver.js';
import { DirectoryResolver } from './modules/directory/directory.resolver.js';
import { IdentityResolver } from './modules/identity/identity.resolver.js';
import { AdvocateCaseloadResolver, CaseworkResolver, ReferralContactAttemptsResolver } from './modules/referrals/casework/casework.resolver.js';
import { ConsentResolver } from './modules/referrals/consent/consent.resolver.js';
import { DraftingResolver } from './modules/referrals/drafting/drafting.resolver.js';
import { ReferralAvailableActionsResolver } from './modules/referrals/queries/referral-available-actions.resolver.js';
import { ReferralNotificationsResolver } from './modules/referrals/queries/referral-notifications.resolver.js';
import { ReferralQueryResolver } from './modules/referrals/queries/referral-query.resolver.js';
import { ScreeningResolver } from './modules/referrals/screening/screening.resolver.js';
import { StalkingProtectionOrderResolver } from './modules/referrals/stalking-protection-order/stalking-protection-order.resolver.js';
import { SubmissionResolver } from './modules/referrals/submission/submission.resolver.js';
import { SubmissionBlockersResolver } from './modules/referrals/submission/submission-blockers.resolver.js';
import { ReferralTimelineResolver } from './modules/referrals/timeline/referral-timeline.resolver.js';
import { TriageResolver } from './modules/referrals/triage/triage.resolver.js';
import { ReferralSafeguardingUpdatesResolver, SafeguardingUpdateResolver } from './modules/safeguarding-updates/safeguarding-update.resolver.js';
import { ReferralVictimLinkResolver, VictimLinkResolver } from './modules/victim-links/victim-link.resolver.js';
import { ReferralWithheldResolver } from './modules/referrals/sharing/withheld.resolver.js';
import { referralSharing } from './modules/referrals/sharing/referral-sharing.middleware.js';
import { REPO_ROOT } from './config.js';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'packages/schema/schema.graphql');

const RESOLVERS = [
  IdentityResolver,
  DirectoryResolver,
  ReferralQueryResolver,
  ReferralAvailableActionsResolver,
  ReferralNotificationsResolver,
  ReferralTimelineResolver,
  DraftingResolver,
  ConsentResolver,
  ScreeningResolver,
  StalkingProtectionOrderResolver,
  SubmissionResolver,
  SubmissionBlockersResolver,
  TriageResolver,
  CaseworkResolver,
  ReferralContactAttemptsResolver,
  AdvocateCaseloadResolver,
  SafeguardingUpdateResolver,
  ReferralSafeguardingUpdatesResolver,
  VictimLinkResolver,
  ReferralVictimLinkResolver,
  DashboardResolver,
  LegalHoldResolver,
  ReferralWithheldResolver,
] as const;

/** Builds the executable schema; with `emit`, also writes the sorted SDL the apps generate their types from. */
export function createSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    globalMiddlewares: [referralSharing],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
