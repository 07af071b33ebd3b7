import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NotificationChannel, NotificationState } from '../../common/vocabularies.js';
import { DeliveryStateEnum, NotificationChannelEnum, NotificationKindEnum } from '../../common/graphql/enums.js';
import type { NotificationKind } from './notification-templates.js';

@ObjectType({ description: 'A message Lantern sent (or is sending) about a referral, without its content' })
export class NotificationSummary {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => NotificationChannelEnum) channel: NotificationChannel;
  @Field({ description: 'e.g. "•••• 123": enough to check, not enough to read' }) recipientHint: string;
  @Field(() => DeliveryStateEnum) state: NotificationState;
  @Field(() => Int) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
