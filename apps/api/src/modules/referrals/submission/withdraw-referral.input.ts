import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import { RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class WithdrawReferralInput extends ReferralChangeInput {
  @Field() @RequiredText(LIMITS.note.max, 'why the referral is withdrawn') reason: string;
}
