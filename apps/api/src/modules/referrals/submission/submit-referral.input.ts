import { Field, ID, InputType } from 'type-graphql';
import { RecordId } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class SubmitReferralInput extends ReferralChangeInput {
  @Field(() => ID) @RecordId('partner service') partnerServiceId: string;
}
