import { Field, ID, ObjectType } from 'type-graphql';
import { StaffMember } from '../../identity/staff-member.type.js';

@ObjectType({ description: 'Something that happened to a referral, for its timeline' })
export class ReferralEvent {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() summary: string;
  @Field() at: Date;
  @Field(() => StaffMember, { nullable: true }) actor: StaffMember | null;
  @Field(() => String, { nullable: true }) organisationName: string | null;
}
