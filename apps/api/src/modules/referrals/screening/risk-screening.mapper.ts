import { DASH_MARAC_THRESHOLD, SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import type { IdentityLoaders } from '../../identity/identity.loader.js';
import { staffMember } from '../../identity/identity.mapper.js';
import type { ScreeningPart } from '../referral-parts.js';
import { RiskScreening, ScreeningAnswerRecord, SpecialistAssessment } from './risk-screening.type.js';
import { sdashYesCount } from './sdash-yes-count.js';

/** The screening with every S-DASH question in order, an unanswered one as UNKNOWN. */
export async function toRiskScreening(s: ScreeningPart, loaders: IdentityLoaders): Promise<RiskScreening> {
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
    yesCount: sdashYesCount(answers),
    riskLevel: s.riskLevel,
    riskRationale: s.riskRationale,
    dashCompleted: s.dashTickCount !== null,
    dashTickCount: s.dashTickCount,
    maracReferralIndicated: s.dashTickCount !== null && s.dashTickCount >= DASH_MARAC_THRESHOLD,
    specialistAssessment: s.specialistAssessment ? Object.assign(new SpecialistAssessment(), s.specialistAssessment) : null,
    recordedBy: await staffMember(loaders, s.recordedById),
    recordedAt: new Date(s.recordedAt),
  });
}
