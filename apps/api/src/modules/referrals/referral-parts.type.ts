import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SdashQuestionKey } from '@lantern/schema/questionnaires';
import type { DeadlineState } from '@lantern/schema/deadlines';
import type {
  ClosureOutcome,
  ConsentMethod,
  ConsentPurpose,
  ContactMethod,
  DeclineReason,
  OrderDecision,
  RiskLevel,
  ScreeningAnswer,
} from '@lantern/schema/vocabularies';
import {
  AuthorisationStateEnum,
  ClosureOutcomeEnum,
  ConsentMethodEnum,
  ConsentPurposeEnum,
  ContactMethodEnum,
  DeadlineStateEnum,
  DeclineReasonEnum,
  OrderDecisionEnum,
  RiskLevelEnum,
  ScreeningAnswerEnum,
  SdashQuestionEnum,
  SpecialistInstrumentEnum,
} from '../../common/graphql/enums.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { StaffMember } from '../identity/staff-member.type.js';
import { PartnerService } from '../directory/partner-service.type.js';

@ObjectType({ description: 'How the victim can be contacted safely' })
export class SafeContact {
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is safe to leave a voicemail' }) voicemailSafe: boolean | null;
  @Field(() => ContactMethodEnum, { nullable: true }) preferredMethod: ContactMethod | null;
  @Field(() => String, { nullable: true, description: 'When it is safe to make contact' }) safeTimes: string | null;
  @Field(() => String, { nullable: true }) safeToSpeakTo: string | null;
  @Field(() => String, { nullable: true }) notSafeToSpeakTo: string | null;
}

@ObjectType()
export class Victim {
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) lastName: string | null;
  @Field() fullName: string;
  @Field(() => LocalDate, { nullable: true }) dateOfBirth: string | null;
  @Field(() => String, { nullable: true, description: 'Area the victim lives in, used to find a service' }) area: string | null;
  @Field(() => String, { nullable: true }) postcode: string | null;
  @Field(() => SafeContact) safeContact: SafeContact;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field(() => Boolean, { nullable: true }) interpreterNeeded: boolean | null;
  @Field(() => String, { nullable: true }) accessibilityNeeds: string | null;
}

@ObjectType({ description: "The victim's consent to the referral" })
export class ConsentRecord {
  @Field() given: boolean;
  @Field(() => String, { nullable: true }) givenBy: string | null;
  @Field(() => Date, { nullable: true }) givenAt: Date | null;
  @Field(() => ConsentMethodEnum, { nullable: true }) method: ConsentMethod | null;
  @Field(() => StaffMember, { nullable: true }) takenBy: StaffMember | null;
  @Field(() => String, { nullable: true }) whatVictimWasTold: string | null;
  @Field(() => PartnerService, { nullable: true, description: 'The service the victim agreed to be referred to' })
  namedService: PartnerService | null;
  @Field(() => [ConsentPurposeEnum]) purposes: ConsentPurpose[];
  @Field() victimAwareOfReferral: boolean;
  @Field() recordedAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  @Field(() => StaffMember, { nullable: true }) withdrawalRecordedBy: StaffMember | null;
}

@ObjectType({ description: 'A referral without consent, on safeguarding grounds, needs a supervisor' })
export class NoConsentAuthorisation {
  @Field(() => AuthorisationStateEnum) state: 'REQUESTED' | 'AUTHORISED' | 'REFUSED';
  @Field() reason: string;
  @Field() safeguardingBasis: string;
  @Field(() => StaffMember) requestedBy: StaffMember;
  @Field() requestedAt: Date;
  @Field(() => StaffMember, { nullable: true }) decidedBy: StaffMember | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
}

@ObjectType()
export class ScreeningAnswerRecord {
  @Field(() => SdashQuestionEnum) question: SdashQuestionKey;
  @Field(() => Int) number: number;
  @Field() text: string;
  @Field(() => ScreeningAnswerEnum) answer: ScreeningAnswer;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: 'A licensed specialist assessment, recorded only as who, when and the result' })
export class SpecialistAssessment {
  @Field(() => SpecialistInstrumentEnum) instrument: 'SASH' | 'STALKING_RISK_PROFILE';
  @Field() completedBy: string;
  @Field(() => LocalDate) completedOn: string;
  @Field() result: string;
}

@ObjectType({ description: 'S-DASH screening and the officer\'s risk judgement' })
export class RiskScreening {
  @Field(() => [ScreeningAnswerRecord]) answers: ScreeningAnswerRecord[];
  @Field(() => Int, { description: 'Number of "yes" answers; no cut-off is applied' }) yesCount: number;
  @Field(() => RiskLevelEnum, { description: "The officer's professional judgement" }) riskLevel: RiskLevel;
  @Field(() => String, { nullable: true }) riskRationale: string | null;
  @Field() dashCompleted: boolean;
  @Field(() => Int, { nullable: true }) dashTickCount: number | null;
  @Field({ description: 'True when the DASH tick count is 14 or more' }) maracReferralIndicated: boolean;
  @Field(() => SpecialistAssessment, { nullable: true }) specialistAssessment: SpecialistAssessment | null;
  @Field(() => StaffMember) recordedBy: StaffMember;
  @Field() recordedAt: Date;
}

@ObjectType()
export class OrderBreach {
  @Field(() => ID) id: string;
  @Field(() => LocalDate) occurredOn: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) crimeReference: string | null;
  @Field(() => StaffMember) recordedBy: StaffMember;
  @Field() recordedAt: Date;
}

@ObjectType({ description: 'Stalking Protection Order record' })
export class ProtectiveOrder {
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

@ObjectType({ description: 'A target date, and whether it was met' })
export class Deadline {
  @Field() dueAt: Date;
  @Field(() => Date, { nullable: true }) metAt: Date | null;
  @Field(() => DeadlineStateEnum) state: DeadlineState;
}

@ObjectType()
export class ReferralDeadlines {
  @Field(() => Deadline, { description: 'Referral sent within 2 working days of the report' }) referralSent: Deadline;
  @Field(() => Deadline, { nullable: true, description: 'Service accepts or declines within 1 working day' })
  acceptance: Deadline | null;
  @Field(() => Deadline, { nullable: true, description: 'First contact with the victim' }) firstContact: Deadline | null;
}

@ObjectType()
export class ReferralDecline {
  @Field(() => DeclineReasonEnum) reason: DeclineReason;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}

@ObjectType()
export class ReferralClosure {
  @Field(() => ClosureOutcomeEnum) outcome: ClosureOutcome;
  @Field() reason: string;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}

@ObjectType()
export class ReferralWithdrawal {
  @Field() reason: string;
  @Field({ description: 'True when the victim withdrew consent' }) consentWithdrawn: boolean;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}
