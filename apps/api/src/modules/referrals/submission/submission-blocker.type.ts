import { Field, ObjectType } from 'type-graphql';
import type { SubmissionSection } from '@lantern/schema/submission-blockers';
import { SubmissionSectionEnum } from '../../../common/graphql/enums.js';

@ObjectType({ description: 'Something that stops a draft being sent, in the shape of a BAD_USER_INPUT field problem' })
export class SubmissionBlocker {
  @Field({ description: 'Path of the field, as in extensions.fields, e.g. victim.safeContact.phone' }) field: string;
  @Field({ description: 'What to do about it, in plain English' }) message: string;
  @Field(() => SubmissionSectionEnum, { description: 'The part of the draft to change' }) section: SubmissionSection;
}
