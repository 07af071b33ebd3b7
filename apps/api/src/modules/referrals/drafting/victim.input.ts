import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { ContactMethod } from '@lantern/schema/vocabularies';
import { ContactMethodEnum } from '../../../common/graphql/enums.js';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { OptionalText } from '../../../common/graphql/validation.js';

@InputType({ description: 'How the victim can be contacted safely. Missing details stop the referral being sent.' })
export class SafeContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LIMITS.phone.pattern, { message: 'Enter a safe phone number, like 07700 900982 or +44 7700 900982' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.email.max, { message: `Safe e-mail address must be ${LIMITS.email.max} characters or fewer` })
  @IsEmail({}, { message: 'Enter a safe e-mail address in the correct format, like name@example.com' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() voicemailSafe?: boolean | null;
  @Field(() => ContactMethodEnum, { nullable: true }) @IsOptional() preferredMethod?: ContactMethod | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.shortText.max, 'safe times') safeTimes?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.shortText.max, 'who is safe to speak to')
  safeToSpeakTo?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.shortText.max, 'who is not safe to speak to')
  notSafeToSpeakTo?: string | null;
}

@InputType({ description: 'The victim. A draft may be incomplete; sending checks that it is complete.' })
export class VictimInput {
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.name.max, 'first name') firstName?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.name.max, 'last name') lastName?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.name.max, 'area') area?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, { message: 'Enter a real postcode, like SW1A 2AA' })
  postcode?: string | null;
  @Field(() => SafeContactInput, { nullable: true }) @IsOptional() @ValidateNested() safeContact?: SafeContactInput | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.name.max, 'language') language?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() interpreterNeeded?: boolean | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'accessibility needs')
  accessibilityNeeds?: string | null;
}
