import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth/auth-checker.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { DirectoryResolver } from './modules/directory/directory.resolver.js';
import { IdentityResolver, StaffMemberResolver } from './modules/identity/identity.resolver.js';
import { ReferralFieldsResolver, SafeguardingUpdateFieldsResolver } from './modules/referrals/referral-fields.resolver.js';
import { ReferralPartnerResolver } from './modules/referrals/referral-partner.resolver.js';
import { ReferralPoliceResolver } from './modules/referrals/referral-police.resolver.js';
import { ReferralQueryResolver } from './modules/referrals/referral-query.resolver.js';
import { VictimLinkResolver } from './modules/victim-links/victim-link.resolver.js';
import { REPO_ROOT } from './config.js';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'packages/schema/schema.graphql');

const RESOLVERS = [
  IdentityResolver,
  StaffMemberResolver,
  DirectoryResolver,
  ReferralQueryResolver,
  ReferralFieldsResolver,
  SafeguardingUpdateFieldsResolver,
  ReferralPoliceResolver,
  ReferralPartnerResolver,
  VictimLinkResolver,
  DashboardResolver,
] as const;

/** Builds the executable schema; with `emit`, also writes the sorted SDL the apps generate their types from. */
export function createSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
