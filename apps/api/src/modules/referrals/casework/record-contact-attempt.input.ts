import { Field, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { ContactAttemptOutcome } from '@lantern/schema/vocabularies';
import { ContactAttemptOutcomeEnum } from '../../../common/graphql/enums.js';
import { OptionalText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class RecordContactAttemptInput extends ReferralChangeInput {
  @Field(() => ContactAttemptOutcomeEnum) outcome: ContactAttemptOutcome;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the note') note?: string | null;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) @IsOptional() attemptedAt?: Date | null;
}
