import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { FourIndicator } from '@lantern/schema/questionnaires';
import type { OffenceClassification, RiskLevel, SuspectRelationship } from '@lantern/schema/vocabularies';
import {
  FourIndicatorEnum,
  OffenceClassificationEnum,
  ReferralStatusEnum,
  RiskLevelEnum,
  SuspectRelationshipEnum,
} from '../../common/graphql/enums.js';
import { Organisation, StaffMember } from '../identity/staff-member.type.js';
import { PartnerService } from '../directory/partner-service.type.js';
import type { ReferralEntity } from './referral.entity.js';
import { ConsentRecord, NoConsentAuthorisation, ReferralClosure, ReferralDecline, ReferralWithdrawal, Victim } from './referral-parts.type.js';
import { CurrentDeadline, ReferralDeadlines } from './deadlines/referral-deadlines.type.js';
import { RiskScreening } from './screening/risk-screening.type.js';
import { StalkingProtectionOrder } from './stalking-protection-order/stalking-protection-order.type.js';

@ObjectType({ description: 'A referral of a stalking victim to a specialist service' })
export class Referral {
  @Field(() => ID) id: string;
  @Field({ description: 'Human reference, e.g. EAS-2026-000123' }) reference: string;
  @Field(() => ReferralStatusEnum) status: ReferralStatus;
  @Field(() => Int, { description: 'Send this back as expectedVersion when changing the referral' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field() crimeReference: string;
  @Field() reportedAt: Date;
  @Field(() => [OffenceClassificationEnum]) offenceClassifications: OffenceClassification[];
  @Field(() => [FourIndicatorEnum]) fourIndicators: FourIndicator[];
  @Field(() => SuspectRelationshipEnum, { nullable: true, description: 'Null when the data-sharing policy hides it from you' })
  suspectRelationship: SuspectRelationship | null;
  @Field(() => String, { nullable: true, description: 'Police only (it names the suspect): null for a service' }) circumstances: string | null;
  @Field(() => RiskLevelEnum, { nullable: true }) riskLevel: RiskLevel | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Victim) victim: Victim;
  @Field(() => ConsentRecord, { nullable: true }) consent: ConsentRecord | null;
  @Field(() => NoConsentAuthorisation, { nullable: true }) noConsentAuthorisation: NoConsentAuthorisation | null;
  @Field(() => RiskScreening, { nullable: true }) screening: RiskScreening | null;
  @Field(() => StalkingProtectionOrder, { nullable: true, description: 'The Stalking Protection Order record, with its breaches' })
  stalkingProtectionOrder: StalkingProtectionOrder | null;
  @Field(() => StalkingProtectionOrder, { nullable: true, deprecationReason: 'Use stalkingProtectionOrder.' })
  protectiveOrder: StalkingProtectionOrder | null;
  @Field(() => Organisation) policeForce: Organisation;
  @Field(() => StaffMember) officerInCase: StaffMember;
  @Field(() => PartnerService, { nullable: true, description: 'The service the referral was sent to' }) partnerService: PartnerService | null;
  @Field(() => PartnerService, { nullable: true, description: 'The service the officer proposes to send the draft to (once sent, the one it went to)' })
  proposedService: PartnerService | null;
  @Field(() => StaffMember, { nullable: true }) allocatedAdvocate: StaffMember | null;
  @Field(() => ReferralDeadlines) deadlines: ReferralDeadlines;
  @Field(() => CurrentDeadline, { nullable: true, description: 'The deadline that matters now; null in contact, finished, or before it starts' })
  currentDeadline: CurrentDeadline | null;
  @Field({ description: 'True when a deadline that still matters has passed' }) overdue: boolean;
  @Field(() => ReferralDecline, { nullable: true }) decline: ReferralDecline | null;
  @Field(() => ReferralClosure, { nullable: true }) closure: ReferralClosure | null;
  @Field(() => ReferralWithdrawal, { nullable: true }) withdrawal: ReferralWithdrawal | null;
  // contactAttempts, safeguardingUpdates, unacknowledgedUrgentCount, timeline, victimLink, notifications,
  // availableActions and withheld are field resolvers, each in the folder of what it shows. Every field is
  // shown only as the data-sharing policy allows (sharing/referral-sharing.middleware.ts).

  /** The row behind this object, for field resolvers; never exposed. */
  entity: ReferralEntity;
}
