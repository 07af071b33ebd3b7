import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { LIMITS } from '@lantern/schema/limits';
import type { OrderDecision } from '@lantern/schema/vocabularies';
import { OrderDecisionEnum } from '../../../common/graphql/enums.js';
import { LocalDate } from '../../../common/graphql/scalars.js';
import { OptionalText } from '../../../common/graphql/validation.js';
import { ReferralChangeInput } from '../referral-change.input.js';

// The GraphQL input keeps its published name; the code uses the users' words.
@InputType('RecordProtectiveOrderInput', { description: 'Stalking Protection Order: considered, decision, and order details' })
export class RecordStalkingProtectionOrderInput extends ReferralChangeInput {
  @Field() @IsBoolean() considered: boolean;
  @Field(() => OrderDecisionEnum) decision: OrderDecision;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.note.max, 'the rationale') rationale?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() interimMadeOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() fullMadeOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.longText.max, 'the conditions') conditions?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() expiresOn?: string | null;
}
