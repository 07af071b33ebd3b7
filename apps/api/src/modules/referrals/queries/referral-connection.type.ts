import { Field, Int, ObjectType } from 'type-graphql';
import { Referral } from '../referral.type.js';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType()
export class ReferralEdge {
  @Field() cursor: string;
  @Field(() => Referral) node: Referral;
}

@ObjectType()
export class ReferralConnection {
  @Field(() => [ReferralEdge]) edges: ReferralEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many referrals match the filter' }) totalCount: number;
}
