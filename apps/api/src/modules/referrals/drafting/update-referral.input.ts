import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Matches, ValidateNested } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { FourIndicator } from '@lantern/schema/questionnaires';
import type { OffenceClassification, SuspectRelationship } from '@lantern/schema/vocabularies';
import { FourIndicatorEnum, OffenceClassificationEnum, SuspectRelationshipEnum } from '../../../common/graphql/enums.js';
import { ExpectedVersion, OptionalText, RecordId, RequiredText } from '../../../common/graphql/validation.js';
import { VictimInput } from './victim.input.js';

@InputType({ description: 'Change a draft. Fields left out stay as they are; `victim` replaces the victim details.' })
export class UpdateReferralInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
  @Field(() => Int) @ExpectedVersion() expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(LIMITS.crimeReference.max, 'a crime reference')
  @Matches(LIMITS.crimeReference.pattern, { message: 'Crime reference can only contain letters, numbers, spaces, hyphens and slashes' })
  crimeReference?: string | null;

  @Field(() => Date, { nullable: true }) @IsOptional() reportedAt?: Date | null;

  @Field(() => [OffenceClassificationEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Select at least one offence' })
  @ArrayMaxSize(20, { message: 'Select at most 20 offences' })
  @ArrayUnique({ message: 'Select each offence once' })
  offenceClassifications?: OffenceClassification[] | null;

  @Field(() => [FourIndicatorEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'Select each indicator once' })
  fourIndicators?: FourIndicator[] | null;

  @Field(() => SuspectRelationshipEnum, { nullable: true }) @IsOptional() suspectRelationship?: SuspectRelationship | null;

  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.longText.max, 'circumstances') circumstances?: string | null;

  @Field(() => VictimInput, { nullable: true }) @IsOptional() @ValidateNested() victim?: VictimInput | null;

  @Field(() => ID, { nullable: true, description: 'The partner service you propose to send the draft to; null clears it' })
  @RecordId('partner service', true)
  proposedServiceId?: string | null;
}
