import type { SdashQuestionKey, SpecialistInstrument } from '@lantern/schema/questionnaires';
import type {
  AuthorisationState,
  ClosureOutcome,
  ConsentMethod,
  ConsentPurpose,
  ContactMethod,
  DeclineReason,
  OrderDecision,
  RiskLevel,
  ScreeningAnswer,
} from '@lantern/schema/vocabularies';

/**
 * The one-to-one parts of a referral, stored as JSONB columns of the referral row so that the aggregate
 * changes in one versioned UPDATE. Dates are ISO strings (timestamps) or yyyy-mm-dd (calendar dates).
 */
export interface SafeContactPart {
  phone?: string | null;
  email?: string | null;
  voicemailSafe?: boolean | null;
  preferredMethod?: ContactMethod | null;
  safeTimes?: string | null;
  safeToSpeakTo?: string | null;
  notSafeToSpeakTo?: string | null;
}

export interface VictimPart {
  firstName?: string | null;
  lastName?: string | null;
  dateOfBirth?: string | null;
  area?: string | null;
  postcode?: string | null;
  safeContact: SafeContactPart;
  language?: string | null;
  interpreterNeeded?: boolean | null;
  accessibilityNeeds?: string | null;
}

export interface ConsentPart {
  given: boolean;
  givenBy: string | null;
  givenAt: string | null;
  method: ConsentMethod | null;
  takenById: string;
  whatVictimWasTold: string | null;
  namedServiceId: string | null;
  purposes: ConsentPurpose[];
  victimAwareOfReferral: boolean;
  recordedAt: string;
  withdrawnAt?: string | null;
  withdrawalReason?: string | null;
  withdrawalRecordedById?: string | null;
}

export interface NoConsentPart {
  state: AuthorisationState;
  reason: string;
  safeguardingBasis: string;
  requestedById: string;
  requestedAt: string;
  decidedById?: string | null;
  decidedAt?: string | null;
  decisionNote?: string | null;
}

export interface ScreeningPart {
  /** The checklist the answers belong to and its version (see SCREENING_INSTRUMENTS in packages/schema). */
  instrument: string;
  version: string;
  answers: { question: SdashQuestionKey; answer: ScreeningAnswer; note: string | null }[];
  riskLevel: RiskLevel;
  riskRationale: string | null;
  dashTickCount: number | null;
  specialistAssessment: {
    instrument: SpecialistInstrument;
    completedBy: string;
    completedOn: string;
    result: string;
  } | null;
  recordedById: string;
  recordedAt: string;
}

/** The Stalking Protection Order record: whether one was considered, the decision, and the order's details. */
export interface StalkingProtectionOrderPart {
  considered: boolean;
  decision: OrderDecision;
  rationale: string | null;
  interimMadeOn: string | null;
  fullMadeOn: string | null;
  conditions: string | null;
  expiresOn: string | null;
  recordedById: string;
  recordedAt: string;
}

export interface DeclinePart {
  reason: DeclineReason;
  note: string | null;
  at: string;
  byId: string;
}

export interface ClosurePart {
  outcome: ClosureOutcome;
  reason: string;
  at: string;
  byId: string;
}

export interface WithdrawalPart {
  reason: string;
  consentWithdrawn: boolean;
  at: string;
  byId: string;
}

