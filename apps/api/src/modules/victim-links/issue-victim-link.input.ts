import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { NotificationChannel } from '../../common/vocabularies.js';
import { VictimLinkDeliveryEnum } from '../../common/graphql/enums.js';
import { RecordId } from '../../common/graphql/validation.js';

@InputType()
export class IssueVictimLinkInput {
  @Field(() => ID) @RecordId('referral') referralId: string;
  @Field(() => VictimLinkDeliveryEnum, {
    nullable: true,
    description: "Send the link to the victim's safe phone or e-mail; leave out to give it another way",
  })
  @IsOptional()
  sendBy?: NotificationChannel | null;
}
