import { Field, InputType } from 'type-graphql';
import { LIMITS } from '@lantern/schema/limits';
import type { DeclineReason } from '@lantern/schema/vocabularies';
import { DeclineReasonEnum } from '../../../common/graphql/enums.js';
import { OptionalText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class DeclineReferralInput extends ReferralChangeInput {
  @Field(() => DeclineReasonEnum) reason: DeclineReason;
  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER' })
  @OptionalText(LIMITS.note.max, 'the note')
  note?: string | null;
}
