import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import { ReferralStatusEnum } from '../../common/graphql/enums.js';

@ObjectType()
export class StatusCount {
  @Field(() => ReferralStatusEnum) status: ReferralStatus;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Figures for the referrals the viewer may see, created in the period' })
export class Dashboard {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => Int) totalReferrals: number;
  @Field(() => [StatusCount]) byStatus: StatusCount[];
  @Field(() => Int, { description: 'Open referrals with a deadline that has passed (now, whatever the period)' }) overdue: number;
  @Field(() => Float, { nullable: true }) medianHoursToAcceptance: number | null;
  @Field(() => Float, { nullable: true }) medianHoursToFirstContact: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of sent referrals with the victim\'s consent, 0 to 1' })
  consentRate: number | null;
  @Field(() => Int) ordersConsidered: number;
  @Field(() => Int) ordersApplied: number;
  @Field(() => Int) ordersGranted: number;
  @Field(() => Int, { nullable: true, description: 'Order breaches: police only (the data-sharing policy), null for a service' })
  breaches: number | null;
}
