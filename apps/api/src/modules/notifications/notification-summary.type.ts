import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-templates.js';

const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
const DeliveryStateEnum = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED' } as const;
registerEnumType(DeliveryStateEnum, { name: 'DeliveryState' });
const ChannelEnum = { EMAIL: 'EMAIL', SMS: 'SMS' } as const;
registerEnumType(ChannelEnum, { name: 'NotificationChannel' });

@ObjectType({ description: 'A message Lantern sent (or is sending) about a referral, without its content' })
export class NotificationSummary {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => ChannelEnum) channel: 'EMAIL' | 'SMS';
  @Field({ description: 'e.g. "•••• 123": enough to check, not enough to read' }) recipientHint: string;
  @Field(() => DeliveryStateEnum) state: 'QUEUED' | 'SENT' | 'FAILED';
  @Field(() => Int) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
