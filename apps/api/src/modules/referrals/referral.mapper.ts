import type { IdentityLoaders } from '../identity/identity.loader.js';
import { optionalStaffMember, staffMember, toOrganisation } from '../identity/identity.mapper.js';
import { toPartnerService } from '../directory/partner-service.mapper.js';
import type { ReferralEntity } from './referral.entity.js';
import type { VictimPart } from './referral-parts.js';
import { ConsentRecord, NoConsentAuthorisation, ReferralClosure, ReferralDecline, ReferralWithdrawal, SafeContact, Victim } from './referral-parts.type.js';
import { Referral } from './referral.type.js';
import { currentDeadlineOf, deadlinesOf, isOverdue } from './deadlines/referral-deadlines.js';
import { toRiskScreening } from './screening/risk-screening.mapper.js';
import type { OrderBreachLoaders } from './stalking-protection-order/order-breach.loader.js';
import { toStalkingProtectionOrder } from './stalking-protection-order/stalking-protection-order.mapper.js';

/** The per-request loaders mapping a referral needs. */
export type ReferralMapperLoaders = IdentityLoaders & OrderBreachLoaders;

const date = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

/** The victim as staff see them; a missing name reads "Name not recorded". */
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

async function toConsent(entity: ReferralEntity, loaders: IdentityLoaders): Promise<ConsentRecord | null> {
  const c = entity.consent;
  if (!c) return null;
  const named = c.namedServiceId ? await loaders.organisations.load(c.namedServiceId) : null;
  return Object.assign(new ConsentRecord(), {
    given: c.given,
    givenBy: c.givenBy,
    givenAt: date(c.givenAt),
    method: c.method,
    takenBy: await optionalStaffMember(loaders, c.takenById),
    whatVictimWasTold: c.whatVictimWasTold,
    namedService: named ? toPartnerService(named) : null,
    purposes: c.purposes,
    victimAwareOfReferral: c.victimAwareOfReferral,
    recordedAt: new Date(c.recordedAt),
    withdrawnAt: date(c.withdrawnAt),
    withdrawalReason: c.withdrawalReason ?? null,
    withdrawalRecordedBy: await optionalStaffMember(loaders, c.withdrawalRecordedById),
  });
}

async function toNoConsent(entity: ReferralEntity, loaders: IdentityLoaders): Promise<NoConsentAuthorisation | null> {
  const n = entity.noConsent;
  if (!n) return null;
  return Object.assign(new NoConsentAuthorisation(), {
    state: n.state,
    reason: n.reason,
    safeguardingBasis: n.safeguardingBasis,
    requestedBy: await staffMember(loaders, n.requestedById),
    requestedAt: new Date(n.requestedAt),
    decidedBy: await optionalStaffMember(loaders, n.decidedById),
    decidedAt: date(n.decidedAt),
    decisionNote: n.decisionNote ?? null,
  });
}

/** The GraphQL view of a referral; relations are loaded through the request's loaders. */
export async function toReferral(entity: ReferralEntity, loaders: ReferralMapperLoaders, now = new Date()): Promise<Referral> {
  const [force, officer, service, proposed, advocate, consent, noConsent, screening, order] = await Promise.all([
    loaders.organisations.load(entity.policeForceId),
    staffMember(loaders, entity.officerId),
    entity.partnerServiceId ? loaders.organisations.load(entity.partnerServiceId) : null,
    entity.proposedServiceId ? loaders.organisations.load(entity.proposedServiceId) : null,
    optionalStaffMember(loaders, entity.advocateId),
    toConsent(entity, loaders),
    toNoConsent(entity, loaders),
    entity.screening ? toRiskScreening(entity.screening, loaders) : null,
    toStalkingProtectionOrder(entity, loaders),
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
    stalkingProtectionOrder: order,
    protectiveOrder: order,
    policeForce: toOrganisation(force!),
    officerInCase: officer,
    partnerService: service ? toPartnerService(service) : null,
    proposedService: proposed ? toPartnerService(proposed) : null,
    allocatedAdvocate: advocate,
    deadlines,
    currentDeadline: currentDeadlineOf(entity.status, deadlines),
    overdue: isOverdue(deadlines),
    decline: decline
      ? Object.assign(new ReferralDecline(), { ...decline, at: new Date(decline.at), by: await staffMember(loaders, decline.byId) })
      : null,
    closure: closure
      ? Object.assign(new ReferralClosure(), { ...closure, at: new Date(closure.at), by: await staffMember(loaders, closure.byId) })
      : null,
    withdrawal: withdrawal
      ? Object.assign(new ReferralWithdrawal(), { ...withdrawal, at: new Date(withdrawal.at), by: await staffMember(loaders, withdrawal.byId) })
      : null,
    entity,
  });
}
