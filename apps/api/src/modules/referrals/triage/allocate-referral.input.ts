import { Field, ID, InputType } from 'type-graphql';
import { RecordId } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType({ description: 'Allocate, or reallocate, to one of the service\'s advocates' })
export class AllocateReferralInput extends ReferralChangeInput {
  @Field(() => ID) @RecordId('advocate') advocateId: string;
}
