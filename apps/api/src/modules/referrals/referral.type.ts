import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { FourIndicator } from '@lantern/schema/questionnaires';
import type {
  ContactAttemptOutcome,
  OffenceClassification,
  RiskLevel,
  SafeguardingUpdateKind,
  SuspectRelationship,
} from '@lantern/schema/vocabularies';
import {
  ContactAttemptOutcomeEnum,
  FourIndicatorEnum,
  OffenceClassificationEnum,
  ReferralStatusEnum,
  RiskLevelEnum,
  SafeguardingUpdateKindEnum,
  SuspectRelationshipEnum,
  VictimLinkStateEnum,
} from '../../common/graphql/enums.js';
import { Organisation, StaffMember } from '../identity/staff-member.type.js';
import { PartnerService } from '../directory/partner-service.type.js';
import type { ReferralEntity } from './referral.entity.js';
import {
  ConsentRecord,
  NoConsentAuthorisation,
  ProtectiveOrder,
  ReferralClosure,
  ReferralDeadlines,
  ReferralDecline,
  ReferralWithdrawal,
  RiskScreening,
  Victim,
} from './referral-parts.type.js';

@ObjectType()
export class ContactAttempt {
  @Field(() => ID) id: string;
  @Field(() => ContactAttemptOutcomeEnum) outcome: ContactAttemptOutcome;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() attemptedAt: Date;
  @Field(() => StaffMember) recordedBy: StaffMember;
}

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

@ObjectType({ description: 'Something that happened to a referral, for its timeline' })
export class ReferralEvent {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() summary: string;
  @Field() at: Date;
  @Field(() => StaffMember, { nullable: true }) actor: StaffMember | null;
  @Field(() => String, { nullable: true }) organisationName: string | null;
}

@ObjectType({ description: "The victim's secure link, without its secrets" })
export class VictimLinkSummary {
  @Field(() => VictimLinkStateEnum) state: 'ACTIVE' | 'LOCKED' | 'REVOKED' | 'EXPIRED';
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
  @Field(() => SuspectRelationshipEnum) suspectRelationship: SuspectRelationship;
  @Field(() => String, { nullable: true }) circumstances: string | null;
  @Field(() => RiskLevelEnum, { nullable: true }) riskLevel: RiskLevel | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Victim) victim: Victim;
  @Field(() => ConsentRecord, { nullable: true }) consent: ConsentRecord | null;
  @Field(() => NoConsentAuthorisation, { nullable: true }) noConsentAuthorisation: NoConsentAuthorisation | null;
  @Field(() => RiskScreening, { nullable: true }) screening: RiskScreening | null;
  @Field(() => ProtectiveOrder, { nullable: true }) protectiveOrder: ProtectiveOrder | null;
  @Field(() => Organisation) policeForce: Organisation;
  @Field(() => StaffMember) officerInCase: StaffMember;
  @Field(() => PartnerService, { nullable: true }) partnerService: PartnerService | null;
  @Field(() => StaffMember, { nullable: true }) allocatedAdvocate: StaffMember | null;
  @Field(() => ReferralDeadlines) deadlines: ReferralDeadlines;
  @Field({ description: 'True when a deadline that still matters has passed' }) overdue: boolean;
  @Field(() => ReferralDecline, { nullable: true }) decline: ReferralDecline | null;
  @Field(() => ReferralClosure, { nullable: true }) closure: ReferralClosure | null;
  @Field(() => ReferralWithdrawal, { nullable: true }) withdrawal: ReferralWithdrawal | null;
  // contactAttempts, safeguardingUpdates, unacknowledgedUrgentCount, timeline, victimLink and
  // availableActions are field resolvers (ReferralFieldsResolver).

  /** The row behind this object, for field resolvers; never exposed. */
  entity: ReferralEntity;
}
