import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import { RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class WithdrawConsentInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why consent was withdrawn') reason: string;
}
