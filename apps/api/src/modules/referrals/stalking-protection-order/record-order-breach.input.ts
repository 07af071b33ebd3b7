import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { OptionalText, RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class RecordOrderBreachInput extends ReferralChangeInput {
  @Field(() => LocalDate) occurredOn: string;
  @Field() @RequiredText(LIMITS.note.max, 'what happened') description: string;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.crimeReference.max, 'the crime reference')
  crimeReference?: string | null;
}
