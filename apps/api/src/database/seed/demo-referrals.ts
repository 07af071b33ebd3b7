import { randomUUID } from 'node:crypto';
import { SDASH_QUESTIONS, type SdashQuestionKey } from '@lantern/schema/questionnaires';
import type { RiskLevel, SafeguardingUpdateKind, ScreeningAnswer } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../common/auth/actor.js';
import type { Services } from '../../services.js';
import type { ReferralEntity } from '../../modules/referrals/referral.entity.js';

type As = (userKey: string) => StaffActor;

const DAY = 24 * 3600_000;

interface Victim {
  firstName: string;
  lastName: string;
  area: string;
  phone: string;
}

/** All 11 S-DASH answers: the first `yes` YES, the last not known, the rest NO. */
function answers(yes: number): { question: SdashQuestionKey; answer: ScreeningAnswer; note: string | null }[] {
  return SDASH_QUESTIONS.map((q, index) => ({
    question: q.key,
    answer: index < yes ? 'YES' : index === 10 ? 'UNKNOWN' : 'NO',
    note: index === 0 ? 'Victim says she checks the street before leaving home.' : null,
  }));
}

/** Builds demo referrals by driving the real services, so every record has its timeline and audit trail. */
export class DemoReferrals {
  constructor(
    private readonly as: As,
    private readonly services: Services,
    private readonly ids: Record<string, string>,
  ) {}

  async draft(officer: string, crimeReference: string, victim: Victim, reportedDaysAgo = 0): Promise<ReferralEntity> {
    return this.services.createReferral.create(this.as(officer), {
      idempotencyKey: randomUUID(),
      crimeReference,
      reportedAt: new Date(Date.now() - reportedDaysAgo * DAY),
      offenceClassifications: ['STALKING_FEAR_OF_VIOLENCE_S4A', 'MALICIOUS_COMMUNICATIONS'],
      fourIndicators: ['FIXATED', 'UNWANTED', 'REPEATED'],
      suspectRelationship: 'EX_INTIMATE_PARTNER',
      circumstances: 'Repeated messages and visits to the victim\'s workplace since the relationship ended.',
      victim: {
        firstName: victim.firstName,
        lastName: victim.lastName,
        area: victim.area,
        safeContact: {
          phone: victim.phone,
          voicemailSafe: false,
          preferredMethod: 'PHONE_CALL',
          safeTimes: 'Weekdays 10am to 2pm',
          safeToSpeakTo: 'Her sister',
          notSafeToSpeakTo: 'Anyone answering as her partner',
        },
        language: 'English',
        interpreterNeeded: false,
      },
    });
  }

  async screen(officer: string, referral: ReferralEntity, risk: RiskLevel, yes: number): Promise<ReferralEntity> {
    return this.services.recordRiskScreening.record(this.as(officer), {
      referralId: referral.id,
      expectedVersion: referral.version,
      answers: answers(yes),
      riskLevel: risk,
      riskRationale: 'Escalating contact and fixation; professional judgement.',
      dashTickCount: risk === 'HIGH' ? 15 : null,
    });
  }

  async consent(officer: string, referral: ReferralEntity, service: string): Promise<ReferralEntity> {
    return this.services.recordConsent.record(this.as(officer), {
      referralId: referral.id,
      expectedVersion: referral.version,
      given: true,
      givenBy: 'The victim',
      givenAt: new Date(Date.now() - 60_000),
      method: 'VERBAL',
      whatVictimWasTold: 'Her details will go to the named service, who will call her at the safe times she gave.',
      namedServiceId: this.ids[service],
      purposes: ['SPECIALIST_ADVOCACY', 'SAFETY_PLANNING', 'INFORMATION_SHARING_WITH_POLICE'],
      victimAwareOfReferral: true,
    });
  }

  /** Records that a Stalking Protection Order was considered: an application is planned. */
  async orderConsidered(officer: string, referral: ReferralEntity): Promise<ReferralEntity> {
    return this.services.recordStalkingProtectionOrder.record(this.as(officer), {
      referralId: referral.id,
      expectedVersion: referral.version,
      considered: true,
      decision: 'APPLICATION_PLANNED',
      rationale: 'Fixated, repeated behaviour despite warnings; application being prepared.',
    });
  }

  /** A draft that is ready and sent to `service`. */
  async submitted(officer: string, crime: string, victim: Victim, service: string, risk: RiskLevel = 'MEDIUM'): Promise<ReferralEntity> {
    let referral = await this.draft(officer, crime, victim);
    referral = await this.screen(officer, referral, risk, risk === 'HIGH' ? 8 : 4);
    referral = await this.consent(officer, referral, service);
    referral = await this.orderConsidered(officer, referral);
    return this.services.submitReferral.submit(this.as(officer), {
      referralId: referral.id,
      expectedVersion: referral.version,
      partnerServiceId: this.ids[service],
    });
  }

  async accepted(referral: ReferralEntity, manager: string): Promise<ReferralEntity> {
    return this.services.acceptReferral.accept(this.as(manager), { referralId: referral.id, expectedVersion: referral.version });
  }

  async allocated(referral: ReferralEntity, manager: string, advocate: string): Promise<ReferralEntity> {
    return this.services.allocateReferral.allocate(this.as(manager), {
      referralId: referral.id,
      expectedVersion: referral.version,
      advocateId: this.ids[advocate],
    });
  }

  async contacted(referral: ReferralEntity, advocate: string): Promise<ReferralEntity> {
    const noAnswer = await this.services.recordContactAttempt.record(this.as(advocate), {
      referralId: referral.id,
      expectedVersion: referral.version,
      outcome: 'NO_ANSWER',
      note: 'No voicemail left, as agreed.',
    });
    return this.services.recordContactAttempt.record(this.as(advocate), {
      referralId: referral.id,
      expectedVersion: noAnswer.version,
      outcome: 'CONTACTED',
      note: 'Spoke during her safe time. Safety plan started.',
    });
  }

  async update(
    referral: ReferralEntity,
    advocate: string,
    update: { kind: SafeguardingUpdateKind; text: string; police: boolean; victim: boolean },
  ): Promise<ReferralEntity> {
    await this.services.postSafeguardingUpdate.post(this.as(advocate), {
      referralId: referral.id,
      expectedVersion: referral.version,
      idempotencyKey: randomUUID(),
      kind: update.kind,
      text: update.text,
      needsPoliceAction: update.police,
      visibleToVictim: update.victim,
    });
    return (await this.services.getReferral.get(this.as(advocate), referral.id))!;
  }
}
