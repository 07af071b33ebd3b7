import { Field, ID, InputType } from 'type-graphql';
import { RecordId } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class SubmitReferralInput extends ReferralChangeInput {
  @Field(() => ID, { nullable: true, description: "The service to send it to; the draft's proposed service when left out" })
  @RecordId('partner service', true)
  partnerServiceId?: string | null;
}
