import { ALWAYS_URGENT_KINDS, RISK_ORDER, type RiskLevel, type SafeguardingUpdateKind } from './vocabularies.js';

/**
 * True when `next` is a higher risk level than `previous`. A first risk level (nothing before it) counts as
 * going up; no new level (null or undefined) never does. Levels are ordered by `RISK_ORDER`.
 */
export function riskWentUp(previous: RiskLevel | null | undefined, next: RiskLevel | null | undefined): boolean {
  if (!next) return false;
  if (!previous) return true;
  return RISK_ORDER[next] > RISK_ORDER[previous];
}

/** What decides whether a safeguarding update is urgent. */
export interface UrgencyFacts {
  readonly kind: SafeguardingUpdateKind;
  /** The advocate said the police need to act. */
  readonly needsPoliceAction: boolean;
  /** The risk level the update sets, if it sets one. */
  readonly newRiskLevel?: RiskLevel | null;
  /** The referral's risk level before the update (null when none was recorded). */
  readonly riskLevelBefore: RiskLevel | null;
}

/**
 * Whether a safeguarding update reaches the officer in the case as urgent, to be acknowledged: when the
 * advocate says the police need to act, when its kind is always urgent (`ALWAYS_URGENT_KINDS`: a new
 * incident, a breach of an order, needs police action), or when it raises the referral's risk level.
 * The API stores the answer on the update when it is posted; the apps show that stored answer.
 */
export function isUrgentUpdate({ kind, needsPoliceAction, newRiskLevel, riskLevelBefore }: UrgencyFacts): boolean {
  return needsPoliceAction || ALWAYS_URGENT_KINDS.includes(kind) || riskWentUp(riskLevelBefore, newRiskLevel);
}
