import { Field, ObjectType } from 'type-graphql';
import type {
  AuthorisationState,
  ClosureOutcome,
  ConsentMethod,
  ConsentPurpose,
  ContactMethod,
  DeclineReason,
} from '@lantern/schema/vocabularies';
import {
  AuthorisationStateEnum,
  ClosureOutcomeEnum,
  ConsentMethodEnum,
  ConsentPurposeEnum,
  ContactMethodEnum,
  DeclineReasonEnum,
} from '../../common/graphql/enums.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { StaffMember } from '../identity/staff-member.type.js';
import { PartnerService } from '../directory/partner-service.type.js';

@ObjectType({ description: 'How the victim can be contacted safely' })
export class SafeContact {
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is safe to leave a voicemail' }) voicemailSafe: boolean | null;
  @Field(() => ContactMethodEnum, { nullable: true }) preferredMethod: ContactMethod | null;
  @Field(() => String, { nullable: true, description: 'When it is safe to make contact' }) safeTimes: string | null;
  @Field(() => String, { nullable: true }) safeToSpeakTo: string | null;
  @Field(() => String, { nullable: true }) notSafeToSpeakTo: string | null;
}

@ObjectType()
export class Victim {
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) lastName: string | null;
  @Field() fullName: string;
  @Field(() => LocalDate, { nullable: true }) dateOfBirth: string | null;
  @Field(() => String, { nullable: true, description: 'Area the victim lives in, used to find a service' }) area: string | null;
  @Field(() => String, { nullable: true }) postcode: string | null;
  @Field(() => SafeContact, { nullable: true, description: 'Null once the data-sharing policy no longer shares it with you (see Referral.withheld)' })
  safeContact: SafeContact | null;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field(() => Boolean, { nullable: true }) interpreterNeeded: boolean | null;
  @Field(() => String, { nullable: true }) accessibilityNeeds: string | null;
}

@ObjectType({ description: "The victim's consent to the referral" })
export class ConsentRecord {
  @Field() given: boolean;
  @Field(() => String, { nullable: true }) givenBy: string | null;
  @Field(() => Date, { nullable: true }) givenAt: Date | null;
  @Field(() => ConsentMethodEnum, { nullable: true }) method: ConsentMethod | null;
  @Field(() => StaffMember, { nullable: true }) takenBy: StaffMember | null;
  @Field(() => String, { nullable: true }) whatVictimWasTold: string | null;
  @Field(() => PartnerService, { nullable: true, description: 'The service the victim agreed to be referred to' })
  namedService: PartnerService | null;
  @Field(() => [ConsentPurposeEnum]) purposes: ConsentPurpose[];
  @Field() victimAwareOfReferral: boolean;
  @Field() recordedAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  @Field(() => StaffMember, { nullable: true }) withdrawalRecordedBy: StaffMember | null;
}

@ObjectType({ description: 'A referral without consent, on safeguarding grounds, needs a supervisor' })
export class NoConsentAuthorisation {
  @Field(() => AuthorisationStateEnum) state: AuthorisationState;
  @Field() reason: string;
  @Field() safeguardingBasis: string;
  @Field(() => StaffMember) requestedBy: StaffMember;
  @Field() requestedAt: Date;
  @Field(() => StaffMember, { nullable: true }) decidedBy: StaffMember | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
}

@ObjectType()
export class ReferralDecline {
  @Field(() => DeclineReasonEnum) reason: DeclineReason;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}

@ObjectType()
export class ReferralClosure {
  @Field(() => ClosureOutcomeEnum) outcome: ClosureOutcome;
  @Field() reason: string;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}

@ObjectType()
export class ReferralWithdrawal {
  @Field() reason: string;
  @Field({ description: 'True when the victim withdrew consent' }) consentWithdrawn: boolean;
  @Field() at: Date;
  @Field(() => StaffMember) by: StaffMember;
}
