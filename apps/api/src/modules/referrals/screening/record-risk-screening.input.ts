import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import { DASH_MAX_TICKS, SDASH_QUESTION_COUNT, type SdashQuestionKey, type SpecialistInstrument } from '@lantern/schema/questionnaires';
import type { RiskLevel, ScreeningAnswer } from '@lantern/schema/vocabularies';
import { RiskLevelEnum, ScreeningAnswerEnum, SdashQuestionEnum, SpecialistInstrumentEnum } from '../../../common/graphql/enums.js';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { OptionalText, RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class ScreeningAnswerInput {
  @Field(() => SdashQuestionEnum) question: SdashQuestionKey;
  @Field(() => ScreeningAnswerEnum) answer: ScreeningAnswer;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the note') note?: string | null;
}

@InputType()
export class SpecialistAssessmentInput {
  @Field(() => SpecialistInstrumentEnum) instrument: SpecialistInstrument;
  @Field() @RequiredText(LIMITS.name.max, 'who completed the assessment') completedBy: string;
  @Field(() => LocalDate) completedOn: string;
  @Field() @RequiredText(LIMITS.shortText.max, 'the result') result: string;
}

@InputType({ description: `All ${SDASH_QUESTION_COUNT} S-DASH answers and the officer's risk judgement` })
export class RecordRiskScreeningInput extends ReferralChangeInput {
  @Field(() => [ScreeningAnswerInput]) @ArrayMaxSize(SDASH_QUESTION_COUNT, { message: `Answer each of the ${SDASH_QUESTION_COUNT} S-DASH questions once` }) @ValidateNested() answers: ScreeningAnswerInput[];
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
