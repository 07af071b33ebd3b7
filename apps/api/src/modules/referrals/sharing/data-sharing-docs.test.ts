import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNullableType, isListType, isObjectType } from 'graphql';
import { AUDIENCES, DATA_SHARING_POLICY, type FieldGroup } from '@lantern/schema/data-sharing';
import { dataSharingDocument } from '@lantern/schema/data-sharing-document';
import { REPO_ROOT } from '../../../config.js';
import { createSchema } from '../../../schema.js';
import { REFERRAL_FIELD_GROUPS } from './referral-field-groups.js';

describe('the data-sharing policy as documented and as enforced', () => {
  it('docs/data-sharing.md states exactly the policy the API enforces (run npm run sharing:docs -w @lantern/schema and commit the file)', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'docs/data-sharing.md'), 'utf8')).toBe(dataSharingDocument());
  });

  it('puts every field of the GraphQL Referral type in a field group, and a field the policy can hide is nullable or a list', async () => {
    const referral = (await createSchema()).getType('Referral');
    if (!isObjectType(referral)) throw new Error('No Referral type');
    // Groups shown wherever the referral itself is shown may sit in non-null fields.
    const always: FieldGroup[] = ['REFERRAL_RECORD', 'CRIME_REFERENCE', 'VICTIM_NAME', 'CASEWORK', 'NOTIFICATIONS'];
    for (const group of always) {
      for (const audience of AUDIENCES) expect(DATA_SHARING_POLICY[group].visibleIn[audience]).toEqual(DATA_SHARING_POLICY.REFERRAL_RECORD.visibleIn[audience]);
    }
    for (const [name, field] of Object.entries(referral.getFields())) {
      const group = REFERRAL_FIELD_GROUPS[name];
      expect(group, `Referral.${name} has no field group`).toBeDefined();
      const hideable = !always.includes(group!);
      const nullable = getNullableType(field.type) === field.type;
      if (hideable) expect(nullable || isListType(getNullableType(field.type)), `Referral.${name} can be hidden but is non-null`).toBe(true);
    }
  });
});
