import { Field, ID, ObjectType } from 'type-graphql';
import type { OrderDecision } from '@lantern/schema/vocabularies';
import { OrderDecisionEnum } from '../../../common/graphql/enums.js';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { StaffMember } from '../../identity/staff-member.type.js';

@ObjectType()
export class OrderBreach {
  @Field(() => ID) id: string;
  @Field(() => LocalDate) occurredOn: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) crimeReference: string | null;
  @Field(() => StaffMember) recordedBy: StaffMember;
  @Field() recordedAt: Date;
}

// The GraphQL type keeps its published name; the code uses the users' words.
@ObjectType('ProtectiveOrder', { description: 'Stalking Protection Order record' })
export class StalkingProtectionOrder {
  @Field() considered: boolean;
  @Field(() => OrderDecisionEnum) decision: OrderDecision;
  @Field(() => String, { nullable: true }) rationale: string | null;
  @Field(() => LocalDate, { nullable: true }) interimMadeOn: string | null;
  @Field(() => LocalDate, { nullable: true }) fullMadeOn: string | null;
  @Field(() => String, { nullable: true }) conditions: string | null;
  @Field(() => LocalDate, { nullable: true }) expiresOn: string | null;
  @Field(() => [OrderBreach]) breaches: OrderBreach[];
  @Field(() => StaffMember) recordedBy: StaffMember;
  @Field() recordedAt: Date;
}
