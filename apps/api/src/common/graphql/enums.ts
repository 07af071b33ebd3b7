import { registerEnumType } from 'type-graphql';
import { REFERRAL_ACTIONS } from '@lantern/schema/referral-actions';
import { REFERRAL_STATUSES } from '@lantern/schema/referral-status';
import { FIELD_GROUPS } from '@lantern/schema/data-sharing';
import { SUBMISSION_SECTIONS } from '@lantern/schema/submission-blockers';
import { ORGANISATION_KINDS, ROLES } from '@lantern/schema/roles';
import { FOUR_INDICATORS, SDASH_QUESTIONS, SPECIALIST_INSTRUMENTS } from '@lantern/schema/questionnaires';
import { DEADLINE_KINDS, DEADLINE_STATES } from '@lantern/schema/deadlines';
import {
  AUTHORISATION_STATES,
  CLOSURE_OUTCOMES,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CONTACT_ATTEMPT_OUTCOMES,
  CONTACT_METHODS,
  DECLINE_REASONS,
  OFFENCE_CLASSIFICATIONS,
  ORDER_DECISIONS,
  RISK_LEVELS,
  SAFEGUARDING_UPDATE_KINDS,
  SCREENING_ANSWERS,
  SERVICES_OFFERED,
  SUSPECT_RELATIONSHIPS,
  VICTIM_LINK_STATES,
} from '@lantern/schema/vocabularies';
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATES, REFERRAL_SORTS, VICTIM_STAGES } from '../vocabularies.js';
import { NOTIFICATION_KINDS } from '../../modules/notifications/notification-templates.js';

/** Turns a list of values shared with the apps into a GraphQL enum of the same values. */
function graphqlEnum<const T extends string>(name: string, values: readonly T[], description?: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const RoleEnum = graphqlEnum('Role', [...ROLES, 'VICTIM'] as const);
export const OrganisationKindEnum = graphqlEnum('OrganisationKind', ORGANISATION_KINDS);
export const ReferralStatusEnum = graphqlEnum('ReferralStatus', REFERRAL_STATUSES);
export const ReferralActionEnum = graphqlEnum('ReferralAction', REFERRAL_ACTIONS, 'Something the viewer may do next to a referral');
export const RiskLevelEnum = graphqlEnum('RiskLevel', RISK_LEVELS.values);
export const OffenceClassificationEnum = graphqlEnum('OffenceClassification', OFFENCE_CLASSIFICATIONS.values);
export const SuspectRelationshipEnum = graphqlEnum('SuspectRelationship', SUSPECT_RELATIONSHIPS.values);
export const FourIndicatorEnum = graphqlEnum('FourIndicator', FOUR_INDICATORS.map((i) => i.key));
export const ContactMethodEnum = graphqlEnum('ContactMethod', CONTACT_METHODS.values);
export const ConsentMethodEnum = graphqlEnum('ConsentMethod', CONSENT_METHODS.values);
export const ConsentPurposeEnum = graphqlEnum('ConsentPurpose', CONSENT_PURPOSES.values);
export const ScreeningAnswerEnum = graphqlEnum('ScreeningAnswer', SCREENING_ANSWERS.values);
export const SdashQuestionEnum = graphqlEnum('SdashQuestion', SDASH_QUESTIONS.map((q) => q.key));
export const SpecialistInstrumentEnum = graphqlEnum('SpecialistInstrument', SPECIALIST_INSTRUMENTS.values);
export const OrderDecisionEnum = graphqlEnum('OrderDecision', ORDER_DECISIONS.values);
export const DeclineReasonEnum = graphqlEnum('DeclineReason', DECLINE_REASONS.values);
export const ContactAttemptOutcomeEnum = graphqlEnum('ContactAttemptOutcome', CONTACT_ATTEMPT_OUTCOMES.values);
export const SafeguardingUpdateKindEnum = graphqlEnum('SafeguardingUpdateKind', SAFEGUARDING_UPDATE_KINDS.values);
export const ClosureOutcomeEnum = graphqlEnum('ClosureOutcome', CLOSURE_OUTCOMES.values);
export const ServiceOfferedEnum = graphqlEnum('ServiceOffered', SERVICES_OFFERED.values);
export const DeadlineStateEnum = graphqlEnum('DeadlineState', DEADLINE_STATES);
export const SubmissionSectionEnum = graphqlEnum('SubmissionSection', SUBMISSION_SECTIONS, 'A part of a draft referral, as "check your answers" shows them');
export const DeadlineKindEnum = graphqlEnum('DeadlineKind', DEADLINE_KINDS, 'Sending the referral, the service accepting or declining it, or first contact with the victim');
export const AuthorisationStateEnum = graphqlEnum('AuthorisationState', AUTHORISATION_STATES.values);
export const VictimLinkStateEnum = graphqlEnum('VictimLinkState', VICTIM_LINK_STATES.values);
export const ReferralSortEnum = graphqlEnum('ReferralSort', REFERRAL_SORTS);
export const VictimStageEnum = graphqlEnum('VictimStage', VICTIM_STAGES);
export const VictimLinkDeliveryEnum = graphqlEnum('VictimLinkDelivery', NOTIFICATION_CHANNELS, 'How the link is sent to the victim');
export const NotificationKindEnum = graphqlEnum('NotificationKind', NOTIFICATION_KINDS);
export const NotificationChannelEnum = graphqlEnum('NotificationChannel', NOTIFICATION_CHANNELS);
export const DeliveryStateEnum = graphqlEnum('DeliveryState', NOTIFICATION_STATES);
export const SharedFieldGroupEnum = graphqlEnum('SharedFieldGroup', FIELD_GROUPS, 'A group of a referral\'s fields that the data-sharing policy shows or hides together');
