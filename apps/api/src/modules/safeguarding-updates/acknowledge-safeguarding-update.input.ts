import { Field, ID, InputType } from 'type-graphql';
import { RecordId } from '../../common/graphql/validation.js';

@InputType()
export class AcknowledgeSafeguardingUpdateInput {
  @Field(() => ID) @RecordId('safeguarding update') updateId: string;
}
