import { Field, ObjectType } from 'type-graphql';
import type { FieldGroup } from '@lantern/schema/data-sharing';
import { SharedFieldGroupEnum } from '../../../common/graphql/enums.js';

@ObjectType({ description: 'A part of the referral the data-sharing policy hides from you, and why, in a sentence to show' })
export class WithheldInformation {
  @Field(() => SharedFieldGroupEnum) group: FieldGroup;
  @Field({ description: "e.g. \"The victim's contact details are no longer shared with your service because the victim withdrew consent.\"" })
  notice: string;
}
