import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import { DASH_MAX_TICKS, type SdashQuestionKey } from '@lantern/schema/questionnaires';
import type {
  ConsentMethod,
  ConsentPurpose,
  OrderDecision,
  RiskLevel,
  ScreeningAnswer,
} from '@lantern/schema/vocabularies';
import {
  ConsentMethodEnum,
  ConsentPurposeEnum,
  OrderDecisionEnum,
  RiskLevelEnum,
  ScreeningAnswerEnum,
  SdashQuestionEnum,
  SpecialistInstrumentEnum,
  VictimLinkDeliveryEnum,
} from '../../common/graphql/enums.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { ExpectedVersion, OptionalText, RecordId, RequiredText } from '../../common/graphql/validation.js';

/** Fields every change to an existing referral carries. */
@InputType()
export class ReferralChangeInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
  @Field(() => Int) @ExpectedVersion() expectedVersion: number;
}

@InputType({ description: 'Why the referral must go without consent; a supervisor must authorise it' })
export class WithoutConsentInput {
  @Field() @RequiredText(LIMITS.note.max, 'why consent was not obtained') reason: string;
  @Field() @RequiredText(LIMITS.note.max, 'the safeguarding reason for referring without consent') safeguardingBasis: string;
}

@InputType()
export class RecordConsentInput extends ReferralChangeInput {
  @Field({ description: 'False starts the no-consent path, which needs withoutConsent and a supervisor' })
  @IsBoolean()
  given: boolean;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.name.max, 'who gave consent') givenBy?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() givenAt?: Date | null;
  @Field(() => ConsentMethodEnum, { nullable: true }) @IsOptional() method?: ConsentMethod | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'what the victim was told')
  whatVictimWasTold?: string | null;
  @Field(() => ID, { nullable: true, description: 'The service the victim agreed to' })
  @RecordId('named service', true)
  namedServiceId?: string | null;
  @Field(() => [ConsentPurposeEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'Select each purpose once' })
  purposes?: ConsentPurpose[] | null;
  @Field() @IsBoolean() victimAwareOfReferral: boolean;
  @Field(() => WithoutConsentInput, { nullable: true }) @IsOptional() @ValidateNested() withoutConsent?: WithoutConsentInput | null;
}

@InputType()
export class WithdrawConsentInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why consent was withdrawn') reason: string;
}

@InputType()
export class AuthoriseWithoutConsentInput extends ReferralChangeInput {
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'a note') note?: string | null;
}

@InputType()
export class RefuseWithoutConsentInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why you are refusing') reason: string;
}

@InputType()
export class ScreeningAnswerInput {
  @Field(() => SdashQuestionEnum) question: SdashQuestionKey;
  @Field(() => ScreeningAnswerEnum) answer: ScreeningAnswer;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the note') note?: string | null;
}

@InputType()
export class SpecialistAssessmentInput {
  @Field(() => SpecialistInstrumentEnum) instrument: 'SASH' | 'STALKING_RISK_PROFILE';
  @Field() @RequiredText(LIMITS.name.max, 'who completed the assessment') completedBy: string;
  @Field(() => LocalDate) completedOn: string;
  @Field() @RequiredText(LIMITS.shortText.max, 'the result') result: string;
}

@InputType({ description: 'All 11 S-DASH answers and the officer\'s risk judgement' })
export class RecordRiskScreeningInput extends ReferralChangeInput {
  @Field(() => [ScreeningAnswerInput]) @ArrayMaxSize(11, { message: 'Answer each of the 11 S-DASH questions once' }) @ValidateNested() answers: ScreeningAnswerInput[];
  @Field(() => RiskLevelEnum) riskLevel: RiskLevel;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the reasons for the risk level')
  riskRationale?: string | null;
  @Field(() => Int, { nullable: true, description: 'Ticks on a DASH, when one was completed' })
  @IsOptional()
  @IsInt({ message: 'DASH tick count must be a whole number' })
  @Min(0, { message: 'DASH tick count must be 0 or more' })
  @Max(DASH_MAX_TICKS, { message: `DASH tick count must be ${DASH_MAX_TICKS} or fewer` })
  dashTickCount?: number | null;
  @Field(() => SpecialistAssessmentInput, { nullable: true }) @IsOptional() @ValidateNested()
  specialistAssessment?: SpecialistAssessmentInput | null;
}

@InputType({ description: 'Stalking Protection Order: considered, decision, and order details' })
export class RecordProtectiveOrderInput extends ReferralChangeInput {
  @Field() @IsBoolean() considered: boolean;
  @Field(() => OrderDecisionEnum) decision: OrderDecision;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the rationale') rationale?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() interimMadeOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() fullMadeOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.longText.max, 'the conditions') conditions?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() expiresOn?: string | null;
}

@InputType()
export class RecordOrderBreachInput extends ReferralChangeInput {
  @Field(() => LocalDate) occurredOn: string;
  @Field() @RequiredText(LIMITS.note.max, 'what happened') description: string;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.crimeReference.max, 'the crime reference')
  crimeReference?: string | null;
}

@InputType()
export class SubmitReferralInput extends ReferralChangeInput {
  @Field(() => ID) @RecordId('partner service') partnerServiceId: string;
}

@InputType()
export class WithdrawReferralInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why the referral is withdrawn') reason: string;
}

@InputType()
export class IssueVictimLinkInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
  @Field(() => VictimLinkDeliveryEnum, {
    nullable: true,
    description: "Send the link to the victim's safe phone or e-mail; leave out to give it another way",
  })
  @IsOptional()
  sendBy?: 'SMS' | 'EMAIL' | null;
}

@InputType()
export class RevokeVictimLinkInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
}

@InputType()
export class AcknowledgeSafeguardingUpdateInput {
  @Field(() => ID) @RecordId('safeguarding update') updateId: string;
}
