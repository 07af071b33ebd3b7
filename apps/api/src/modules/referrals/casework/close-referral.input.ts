import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import type { ClosureOutcome } from '@lantern/schema/vocabularies';
import { ClosureOutcomeEnum } from '../../../common/graphql/enums.js';
import { RequiredText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class CloseReferralInput extends ReferralChangeInput {
  @Field(() => ClosureOutcomeEnum) outcome: ClosureOutcome;
  @Field() @RequiredText(LIMITS.note.max, 'the reason for closing') reason: string;
}
