import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import { RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class RefuseWithoutConsentInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why you are refusing') reason: string;
}
