import { Field, Int, ObjectType } from 'type-graphql';
import type { VictimLinkState } from '@lantern/schema/vocabularies';
import { VictimLinkStateEnum } from '../../common/graphql/enums.js';
import { StaffMember } from '../identity/staff-member.type.js';

@ObjectType({ description: "The victim's secure link, without its secrets" })
export class VictimLinkSummary {
  @Field(() => VictimLinkStateEnum) state: VictimLinkState;
  @Field() issuedAt: Date;
  @Field() expiresAt: Date;
  @Field(() => StaffMember) issuedBy: StaffMember;
  @Field(() => Int) failedAttempts: number;
  @Field(() => Date, { nullable: true }) lastOpenedAt: Date | null;
}

@ObjectType({ description: 'Returned once when a link is issued: the only time the code can be seen' })
export class IssuedVictimLink {
  @Field({ description: 'Give this to the victim by SMS or e-mail; it reveals nothing about the case' }) url: string;
  @Field({ description: 'Give this separately, for example read out on the phone' }) accessCode: string;
  @Field() expiresAt: Date;
}
