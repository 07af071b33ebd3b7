import { Field, Int, ObjectType } from 'type-graphql';
import type { SdashQuestionKey, SpecialistInstrument } from '@lantern/schema/questionnaires';
import type { RiskLevel, ScreeningAnswer } from '@lantern/schema/vocabularies';
import { RiskLevelEnum, ScreeningAnswerEnum, SdashQuestionEnum, SpecialistInstrumentEnum } from '../../../common/graphql/enums.js';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { StaffMember } from '../../identity/staff-member.type.js';

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
  @Field(() => SpecialistInstrumentEnum) instrument: SpecialistInstrument;
  @Field() completedBy: string;
  @Field(() => LocalDate) completedOn: string;
  @Field() result: string;
}

@ObjectType({ description: 'S-DASH screening and the officer\'s risk judgement' })
export class RiskScreening {
  @Field({ description: 'The checklist the answers belong to, e.g. S-DASH' }) instrument: string;
  @Field({ description: 'The version of the checklist, e.g. 2009' }) version: string;
  @Field(() => Int, { description: 'How many questions the checklist asks: "4 of 11 answered yes"' }) questionCount: number;
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
