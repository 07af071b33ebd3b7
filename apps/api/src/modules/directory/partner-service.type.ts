import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ServiceOffered } from '@lantern/schema/vocabularies';
import { ServiceOfferedEnum } from '../../common/graphql/enums.js';

@ObjectType({ description: 'A commissioned service an officer can refer a victim to' })
export class PartnerService {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Areas the service covers' }) areas: string[];
  @Field(() => [ServiceOfferedEnum]) servicesOffered: ServiceOffered[];
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Int, { description: 'Working days to first contact for standard and medium risk' })
  firstContactTargetWorkingDays: number;
}
