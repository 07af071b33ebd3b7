import { Field, ID, ObjectType } from 'type-graphql';
import type { RiskLevel, SafeguardingUpdateKind } from '@lantern/schema/vocabularies';
import { RiskLevelEnum, SafeguardingUpdateKindEnum } from '../../common/graphql/enums.js';
import { StaffMember } from '../identity/staff-member.type.js';

@ObjectType({ description: "A partner's safeguarding update for the officer in the case" })
export class SafeguardingUpdate {
  @Field(() => ID) id: string;
  @Field(() => SafeguardingUpdateKindEnum) kind: SafeguardingUpdateKind;
  @Field() text: string;
  @Field(() => RiskLevelEnum, { nullable: true }) newRiskLevel: RiskLevel | null;
  @Field() needsPoliceAction: boolean;
  @Field({ description: 'Urgent updates must be acknowledged by the police' }) urgent: boolean;
  @Field() visibleToVictim: boolean;
  @Field(() => StaffMember) postedBy: StaffMember;
  @Field() postedAt: Date;
  @Field(() => StaffMember, { nullable: true }) acknowledgedBy: StaffMember | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  /** Resolved by a field resolver. */
  referralId: string;
}
