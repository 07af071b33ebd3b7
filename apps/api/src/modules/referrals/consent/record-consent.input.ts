import { Field, ID, InputType } from 'type-graphql';
import { ArrayUnique, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { ConsentMethod, ConsentPurpose } from '@lantern/schema/vocabularies';
import { ConsentMethodEnum, ConsentPurposeEnum } from '../../../common/graphql/enums.js';
import { OptionalText, RecordId, RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

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
