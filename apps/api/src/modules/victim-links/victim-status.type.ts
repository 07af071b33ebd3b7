import { Field, ObjectType } from 'type-graphql';
import type { VictimStage } from '../../common/vocabularies.js';
import { VictimStageEnum } from '../../common/graphql/enums.js';


@ObjectType({ description: 'An update the service chose to share with the victim' })
export class VictimUpdate {
  @Field() postedAt: Date;
  @Field() text: string;
}

@ObjectType({ description: 'What a victim sees: plain words, nothing about the suspect, nothing internal' })
export class VictimStatus {
  @Field(() => VictimStageEnum) stage: VictimStage;
  @Field() headline: string;
  @Field() explanation: string;
  @Field() whatHappensNext: string;
  @Field(() => String, { nullable: true }) serviceName: string | null;
  @Field(() => String, { nullable: true }) servicePhone: string | null;
  @Field(() => String, { nullable: true }) serviceEmail: string | null;
  @Field(() => String, { nullable: true }) advocateFirstName: string | null;
  @Field(() => Date, { nullable: true, description: 'When the service expects to have contacted the victim' })
  contactBy: Date | null;
  @Field() lastUpdatedAt: Date;
  @Field(() => [VictimUpdate]) updates: VictimUpdate[];
}
