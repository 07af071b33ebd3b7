import { Field, ID, InputType, Int } from 'type-graphql';
import { ExpectedVersion, RecordId } from '../../common/graphql/validation.js';

/** Fields every change to an existing referral carries: which referral, and the version the client read. */
@InputType()
export class ReferralChangeInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
  @Field(() => Int) @ExpectedVersion() expectedVersion: number;
}
