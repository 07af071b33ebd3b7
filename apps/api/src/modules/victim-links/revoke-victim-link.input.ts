import { Field, ID, InputType } from 'type-graphql';
import { RecordId } from '../../common/graphql/validation.js';

@InputType()
export class RevokeVictimLinkInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
}
