import { DASH_MARAC_THRESHOLD, screeningInstrument, type SdashQuestionKey } from '@lantern/schema/questionnaires';
import type { IdentityLoaders } from '../../identity/identity.loader.js';
import { staffMember } from '../../identity/identity.mapper.js';
import type { ScreeningPart } from '../referral-parts.js';
import { RiskScreening, ScreeningAnswerRecord, SpecialistAssessment } from './risk-screening.type.js';
import { sdashYesCount } from './sdash-yes-count.js';

/**
 * The screening with every question of the checklist it used (its instrument and version) in order, an
 * unanswered one as UNKNOWN. Throws when Lantern does not know that checklist: a stored screening always names
 * one of SCREENING_INSTRUMENTS (packages/schema), and past versions are never removed from it.
 */
export async function toRiskScreening(s: ScreeningPart, loaders: IdentityLoaders): Promise<RiskScreening> {
  const checklist = screeningInstrument(s.instrument, s.version);
  if (!checklist) throw new Error(`Unknown screening instrument ${s.instrument} ${s.version}`);
  const answers = checklist.questions.map((question) => {
    const answer = s.answers.find((a) => a.question === question.key);
    return Object.assign(new ScreeningAnswerRecord(), {
      // The S-DASH keys are the only ones so far; another checklist brings its own enum of keys.
      question: question.key as SdashQuestionKey,
      number: question.number,
      text: question.text,
      answer: answer?.answer ?? 'UNKNOWN',
      note: answer?.note ?? null,
    });
  });
  return Object.assign(new RiskScreening(), {
    instrument: checklist.instrument,
    version: checklist.version,
    questionCount: checklist.questions.length,
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
