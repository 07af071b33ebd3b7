import { describe, expect, it } from 'vitest';
import { isUrgentUpdate, riskWentUp } from './safeguarding-update-urgency.js';
import { SAFEGUARDING_UPDATE_KINDS } from './vocabularies.js';

describe('risk went up', () => {
  it('is true only for a higher level than before', () => {
    expect(riskWentUp('STANDARD', 'MEDIUM')).toBe(true);
    expect(riskWentUp('MEDIUM', 'HIGH')).toBe(true);
    expect(riskWentUp('STANDARD', 'HIGH')).toBe(true);
    expect(riskWentUp('HIGH', 'HIGH')).toBe(false);
    expect(riskWentUp('HIGH', 'MEDIUM')).toBe(false);
  });

  it('counts a first risk level as going up, and no new level as not', () => {
    expect(riskWentUp(null, 'STANDARD')).toBe(true);
    expect(riskWentUp('STANDARD', null)).toBe(false);
    expect(riskWentUp(null, undefined)).toBe(false);
  });
});

describe('an urgent safeguarding update', () => {
  const ordinary = { kind: 'SUPPORT_PLAN_NOTE', needsPoliceAction: false, newRiskLevel: null, riskLevelBefore: 'MEDIUM' } as const;

  it('is not urgent when nothing makes it so', () => {
    expect(isUrgentUpdate(ordinary)).toBe(false);
    expect(isUrgentUpdate({ ...ordinary, kind: 'CONTACT_MADE' })).toBe(false);
  });

  it('is urgent when the advocate says the police need to act, whatever its kind', () => {
    expect(isUrgentUpdate({ ...ordinary, needsPoliceAction: true })).toBe(true);
  });

  it('is always urgent for a new incident, a breach of an order, or needs police action', () => {
    expect(isUrgentUpdate({ ...ordinary, kind: 'NEW_INCIDENT' })).toBe(true);
    expect(isUrgentUpdate({ ...ordinary, kind: 'BREACH_OF_ORDER' })).toBe(true);
    expect(isUrgentUpdate({ ...ordinary, kind: 'NEEDS_POLICE_ACTION' })).toBe(true);
  });

  it('is urgent when the risk went up, even without needs-police-action', () => {
    expect(isUrgentUpdate({ ...ordinary, kind: 'RISK_CHANGE', newRiskLevel: 'HIGH' })).toBe(true);
    expect(isUrgentUpdate({ ...ordinary, kind: 'RISK_CHANGE', newRiskLevel: 'STANDARD', riskLevelBefore: null })).toBe(true);
  });

  it('is not urgent when the risk stayed the same or went down', () => {
    expect(isUrgentUpdate({ ...ordinary, kind: 'RISK_CHANGE', newRiskLevel: 'MEDIUM' })).toBe(false);
    expect(isUrgentUpdate({ ...ordinary, kind: 'RISK_CHANGE', newRiskLevel: 'STANDARD' })).toBe(false);
  });

  it('is decided for every kind of update', () => {
    const urgentKinds = SAFEGUARDING_UPDATE_KINDS.values.filter((kind) => isUrgentUpdate({ ...ordinary, kind }));
    expect(urgentKinds).toEqual(['NEW_INCIDENT', 'BREACH_OF_ORDER', 'NEEDS_POLICE_ACTION']);
  });
});
