import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKindEnum, RoleEnum } from '../../common/graphql/enums.js';
import type { OrganisationKind, Role } from '@lantern/schema/roles';

@ObjectType({ description: 'A police force or a partner service' })
export class Organisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field({ description: 'Short code used in referral references, e.g. EAS' }) code: string;
  @Field(() => [String], { description: 'Areas the organisation covers' }) areas: string[];
}

@ObjectType({ description: 'A member of staff of a police force or a partner service' })
export class StaffMember {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() firstName: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  /** Filled in by a field resolver for advocates. */
  organisationId: string;
}

@ObjectType({ description: 'The person signed in' })
export class Viewer {
  @Field(() => StaffMember) user: StaffMember;
  @Field(() => RoleEnum) role: Role;
  @Field(() => Organisation) organisation: Organisation;
}
