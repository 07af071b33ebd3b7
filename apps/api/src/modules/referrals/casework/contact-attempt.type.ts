import { Field, ID, ObjectType } from 'type-graphql';
import type { ContactAttemptOutcome } from '@lantern/schema/vocabularies';
import { ContactAttemptOutcomeEnum } from '../../../common/graphql/enums.js';
import { StaffMember } from '../../identity/staff-member.type.js';

@ObjectType()
export class ContactAttempt {
  @Field(() => ID) id: string;
  @Field(() => ContactAttemptOutcomeEnum) outcome: ContactAttemptOutcome;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() attemptedAt: Date;
  @Field(() => StaffMember) recordedBy: StaffMember;
}
