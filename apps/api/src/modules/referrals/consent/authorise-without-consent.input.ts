import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import { OptionalText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class AuthoriseWithoutConsentInput extends ReferralChangeInput {
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'a note') note?: string | null;
}
