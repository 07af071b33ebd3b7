import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { RiskLevel } from '@lantern/schema/vocabularies';
import { ReferralStatusEnum, RiskLevelEnum } from '../../../common/graphql/enums.js';
import { OptionalText, RecordId } from '../../../common/graphql/validation.js';

@InputType({ description: 'Narrows a list of referrals; every list is already limited to what the viewer may see' })
export class ReferralFilter {
  @Field(() => [ReferralStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(8, { message: 'Choose at most 8 statuses' }) statuses?: ReferralStatus[] | null;
  @Field(() => [RiskLevelEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(3, { message: 'Choose at most 3 risk levels' }) riskLevels?: RiskLevel[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only referrals with a deadline that has passed' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Officer: referrals I made. Advocate: my caseload.' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Reference, crime reference or victim name' })
  @OptionalText(LIMITS.search.max, 'the search')
  search?: string | null;
  @Field(() => ID, { nullable: true }) @RecordId('partner service', true) partnerServiceId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Drafts waiting for a supervisor's authorisation without consent" })
  @IsOptional()
  @IsBoolean()
  awaitingAuthorisation?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasUnacknowledgedUrgent?: boolean | null;
}
