import { Field, ObjectType } from 'type-graphql';
import type { DeadlineKind, DeadlineState } from '@lantern/schema/deadlines';
import { DeadlineKindEnum, DeadlineStateEnum } from '../../../common/graphql/enums.js';

@ObjectType({ description: 'A target date, and whether it was met' })
export class Deadline {
  @Field() dueAt: Date;
  @Field(() => Date, { nullable: true }) metAt: Date | null;
  @Field(() => DeadlineStateEnum) state: DeadlineState;
}

@ObjectType()
export class ReferralDeadlines {
  @Field(() => Deadline, { description: 'Referral sent within 2 working days of the report' }) referralSent: Deadline;
  @Field(() => Deadline, { nullable: true, description: 'Service accepts or declines within 1 working day' })
  acceptance: Deadline | null;
  @Field(() => Deadline, { nullable: true, description: 'First contact with the victim' }) firstContact: Deadline | null;
}

@ObjectType({ description: 'The deadline that matters now, for the referral\'s status' })
export class CurrentDeadline {
  @Field(() => DeadlineKindEnum) kind: DeadlineKind;
  @Field({ description: 'Who must do what, in a few words, e.g. "Send" or "First contact"' }) label: string;
  @Field() dueAt: Date;
  @Field(() => Date, { nullable: true }) metAt: Date | null;
  @Field(() => DeadlineStateEnum) state: DeadlineState;
}
