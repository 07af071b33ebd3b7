import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { REPO_ROOT } from '../src/config.js';
import { createSchema, SCHEMA_FILE } from '../src/schema.js';

/** The committed contract, from git when this is a checkout (the build rewrites the working copy). */
function committedSchema(): string {
  try {
    return execFileSync('git', ['show', `HEAD:${path.relative(REPO_ROOT, SCHEMA_FILE)}`], { cwd: REPO_ROOT, encoding: 'utf8' });
  } catch {
    return readFileSync(SCHEMA_FILE, 'utf8');
  }
}

/** Parsed and printed again, so only the contract counts, never formatting or order. */
const normalise = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

describe('the GraphQL contract', () => {
  it('matches the committed packages/schema/schema.graphql (run the API build and commit the file)', async () => {
    const fromCode = printSchema(lexicographicSortSchema(await createSchema()));
    expect(normalise(fromCode)).toBe(normalise(committedSchema()));
  });

  it('carries every name the contract promises', async () => {
    const sdl = printSchema(await createSchema());
    for (const name of [
      'viewer: Viewer',
      'serviceDirectory(area: String): [PartnerService!]!',
      'referral(id: ID!): Referral',
      'advocates: [StaffMember!]!',
      'victimStatus: VictimStatus',
      'createReferral(input: CreateReferralInput!): Referral!',
      'openVictimLink(input: OpenVictimLinkInput!): VictimStatus!',
      'availableActions: [ReferralAction!]!',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
