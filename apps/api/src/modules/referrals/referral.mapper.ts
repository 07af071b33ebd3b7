import { SDASH_QUESTIONS, DASH_MARAC_THRESHOLD } from '@lantern/schema/questionnaires';
import type { Loaders } from '../../loaders.js';
import { toOrganisation, toStaffMember } from '../identity/identity.mapper.js';
import type { StaffMember } from '../identity/staff-member.type.js';
import { toPartnerService } from '../directory/partner-service.mapper.js';
import type { ReferralEntity } from './referral.entity.js';
import type { ContactAttemptEntity, OrderBreachEntity, ReferralEventEntity, SafeguardingUpdateEntity } from './referral-records.entity.js';
import type { VictimPart } from './referral-parts.js';
import {
  ConsentRecord,
  NoConsentAuthorisation,
  OrderBreach,
  ProtectiveOrder,
  ReferralClosure,
  ReferralDecline,
  ReferralWithdrawal,
  RiskScreening,
  SafeContact,
  ScreeningAnswerRecord,
  SpecialistAssessment,
  Victim,
} from './referral-parts.type.js';
import { ContactAttempt, Referral, ReferralEvent, SafeguardingUpdate } from './referral.type.js';
import { deadlinesOf, isOverdue } from './referral-deadlines.js';

const date = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

async function staff(loaders: Loaders, id: string): Promise<StaffMember> {
  const user = await loaders.users.load(id);
  if (!user) throw new Error(`Missing user ${id}`);
  return toStaffMember(user);
}

async function optionalStaff(loaders: Loaders, id: string | null | undefined): Promise<StaffMember | null> {
  return id ? staff(loaders, id) : null;
}

export function toVictim(part: VictimPart): Victim {
  const names = [part.firstName, part.lastName].filter((n): n is string => Boolean(n && n.trim()));
  const contact = part.safeContact ?? {};
  return Object.assign(new Victim(), {
    firstName: part.firstName ?? null,
    lastName: part.lastName ?? null,
    fullName: names.length > 0 ? names.join(' ') : 'Name not recorded',
    dateOfBirth: part.dateOfBirth ?? null,
    area: part.area ?? null,
    postcode: part.postcode ?? null,
    safeContact: Object.assign(new SafeContact(), {
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      voicemailSafe: contact.voicemailSafe ?? null,
      preferredMethod: contact.preferredMethod ?? null,
      safeTimes: contact.safeTimes ?? null,
      safeToSpeakTo: contact.safeToSpeakTo ?? null,
      notSafeToSpeakTo: contact.notSafeToSpeakTo ?? null,
    }),
    language: part.language ?? null,
    interpreterNeeded: part.interpreterNeeded ?? null,
    accessibilityNeeds: part.accessibilityNeeds ?? null,
  });
}

async function toConsent(entity: ReferralEntity, loaders: Loaders): Promise<ConsentRecord | null> {
  const c = entity.consent;
  if (!c) return null;
  const named = c.namedServiceId ? await loaders.organisations.load(c.namedServiceId) : null;
  return Object.assign(new ConsentRecord(), {
    given: c.given,
    givenBy: c.givenBy,
    givenAt: date(c.givenAt),
    method: c.method,
    takenBy: await optionalStaff(loaders, c.takenById),
    whatVictimWasTold: c.whatVictimWasTold,
    namedService: named ? toPartnerService(named) : null,
    purposes: c.purposes,
    victimAwareOfReferral: c.victimAwareOfReferral,
    recordedAt: new Date(c.recordedAt),
    withdrawnAt: date(c.withdrawnAt),
    withdrawalReason: c.withdrawalReason ?? null,
    withdrawalRecordedBy: await optionalStaff(loaders, c.withdrawalRecordedById),
  });
}

async function toNoConsent(entity: ReferralEntity, loaders: Loaders): Promise<NoConsentAuthorisation | null> {
  const n = entity.noConsent;
  if (!n) return null;
  return Object.assign(new NoConsentAuthorisation(), {
    state: n.state,
    reason: n.reason,
    safeguardingBasis: n.safeguardingBasis,
    requestedBy: await staff(loaders, n.requestedById),
    requestedAt: new Date(n.requestedAt),
    decidedBy: await optionalStaff(loaders, n.decidedById),
    decidedAt: date(n.decidedAt),
    decisionNote: n.decisionNote ?? null,
  });
}

async function toScreening(entity: ReferralEntity, loaders: Loaders): Promise<RiskScreening | null> {
  const s = entity.screening;
  if (!s) return null;
  const answers = SDASH_QUESTIONS.map((question) => {
    const answer = s.answers.find((a) => a.question === question.key);
    return Object.assign(new ScreeningAnswerRecord(), {
      question: question.key,
      number: question.number,
      text: question.text,
      answer: answer?.answer ?? 'UNKNOWN',
      note: answer?.note ?? null,
    });
  });
  return Object.assign(new RiskScreening(), {
    answers,
    yesCount: answers.filter((a) => a.answer === 'YES').length,
    riskLevel: s.riskLevel,
    riskRationale: s.riskRationale,
    dashCompleted: s.dashTickCount !== null,
    dashTickCount: s.dashTickCount,
    maracReferralIndicated: s.dashTickCount !== null && s.dashTickCount >= DASH_MARAC_THRESHOLD,
    specialistAssessment: s.specialistAssessment ? Object.assign(new SpecialistAssessment(), s.specialistAssessment) : null,
    recordedBy: await staff(loaders, s.recordedById),
    recordedAt: new Date(s.recordedAt),
  });
}

export async function toOrderBreach(row: OrderBreachEntity, loaders: Loaders): Promise<OrderBreach> {
  return Object.assign(new OrderBreach(), {
    id: row.id,
    occurredOn: row.occurredOn,
    description: row.description,
    crimeReference: row.crimeReference,
    recordedBy: await staff(loaders, row.recordedById),
    recordedAt: row.recordedAt,
  });
}

async function toOrder(entity: ReferralEntity, loaders: Loaders): Promise<ProtectiveOrder | null> {
  const o = entity.protectiveOrder;
  if (!o) return null;
  const breaches = await loaders.breaches.load(entity.id);
  return Object.assign(new ProtectiveOrder(), {
    considered: o.considered,
    decision: o.decision,
    rationale: o.rationale,
    interimMadeOn: o.interimMadeOn,
    fullMadeOn: o.fullMadeOn,
    conditions: o.conditions,
    expiresOn: o.expiresOn,
    breaches: await Promise.all(breaches.map((b) => toOrderBreach(b, loaders))),
    recordedBy: await staff(loaders, o.recordedById),
    recordedAt: new Date(o.recordedAt),
  });
}

export async function toReferral(entity: ReferralEntity, loaders: Loaders, now = new Date()): Promise<Referral> {
  const [force, officer, service, advocate, consent, noConsent, screening, order] = await Promise.all([
    loaders.organisations.load(entity.policeForceId),
    staff(loaders, entity.officerId),
    entity.partnerServiceId ? loaders.organisations.load(entity.partnerServiceId) : null,
    optionalStaff(loaders, entity.advocateId),
    toConsent(entity, loaders),
    toNoConsent(entity, loaders),
    toScreening(entity, loaders),
    toOrder(entity, loaders),
  ]);
  const deadlines = deadlinesOf(entity, now);
  const { decline, closure, withdrawal } = entity;
  return Object.assign(new Referral(), {
    id: entity.id,
    reference: entity.reference,
    status: entity.status,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    crimeReference: entity.crimeReference,
    reportedAt: entity.reportedAt,
    offenceClassifications: entity.offenceClassifications,
    fourIndicators: entity.fourIndicators,
    suspectRelationship: entity.suspectRelationship,
    circumstances: entity.circumstances,
    riskLevel: entity.riskLevel,
    submittedAt: entity.submittedAt,
    victim: toVictim(entity.victim),
    consent,
    noConsentAuthorisation: noConsent,
    screening,
    protectiveOrder: order,
    policeForce: toOrganisation(force!),
    officerInCase: officer,
    partnerService: service ? toPartnerService(service) : null,
    allocatedAdvocate: advocate,
    deadlines,
    overdue: isOverdue(deadlines),
    decline: decline
      ? Object.assign(new ReferralDecline(), { ...decline, at: new Date(decline.at), by: await staff(loaders, decline.byId) })
      : null,
    closure: closure
      ? Object.assign(new ReferralClosure(), { ...closure, at: new Date(closure.at), by: await staff(loaders, closure.byId) })
      : null,
    withdrawal: withdrawal
      ? Object.assign(new ReferralWithdrawal(), { ...withdrawal, at: new Date(withdrawal.at), by: await staff(loaders, withdrawal.byId) })
      : null,
    entity,
  });
}

export async function toContactAttempt(row: ContactAttemptEntity, loaders: Loaders): Promise<ContactAttempt> {
  return Object.assign(new ContactAttempt(), {
    id: row.id,
    outcome: row.outcome,
    note: row.note,
    attemptedAt: row.attemptedAt,
    recordedBy: await staff(loaders, row.recordedById),
  });
}

export async function toSafeguardingUpdate(row: SafeguardingUpdateEntity, loaders: Loaders): Promise<SafeguardingUpdate> {
  return Object.assign(new SafeguardingUpdate(), {
    id: row.id,
    kind: row.kind,
    text: row.text,
    newRiskLevel: row.newRiskLevel,
    needsPoliceAction: row.needsPoliceAction,
    urgent: row.urgent,
    visibleToVictim: row.visibleToVictim,
    postedBy: await staff(loaders, row.postedById),
    postedAt: row.postedAt,
    acknowledgedBy: await optionalStaff(loaders, row.acknowledgedById),
    acknowledgedAt: row.acknowledgedAt,
    referralId: row.referralId,
  });
}

export async function toReferralEvent(row: ReferralEventEntity, loaders: Loaders): Promise<ReferralEvent> {
  const organisation = row.actorOrganisationId ? await loaders.organisations.load(row.actorOrganisationId) : null;
  return Object.assign(new ReferralEvent(), {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    at: row.at,
    actor: await optionalStaff(loaders, row.actorId),
    organisationName: organisation?.name ?? null,
  });
}
