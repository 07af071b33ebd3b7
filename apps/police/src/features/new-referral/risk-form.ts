import { EMPTY_DATE, type DateParts } from '@lantern/ui/date-input';
import { fromIsoDate } from '@lantern/ui/dates';
import { DASH_MARAC_THRESHOLD, DASH_MAX_TICKS, SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import { LIMITS } from '@lantern/schema/limits';
import type {
  RecordRiskScreeningInput,
  ReferralFieldsFragment,
  RiskLevel,
  ScreeningAnswer,
  SpecialistInstrument,
} from '../../gql/graphql';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, textOrNull, yesNo } from '@lantern/client/form-rules';

export interface AnswerValues {
  answer: string;
  note: string;
}

export interface RiskValues {
  /** One entry per S-DASH question, in question order. */
  answers: AnswerValues[];
  riskLevel: string;
  riskRationale: string;
  dashCompleted: '' | 'yes' | 'no';
  dashTickCount: string;
  specialistCompleted: '' | 'yes' | 'no';
  instrument: string;
  completedBy: string;
  completedOn: DateParts;
  result: string;
}

/** Field ids follow the API's paths: a missing answer is reported as `answers.<QUESTION>`. */
export const answerField = (index: number) => `answers-${SDASH_QUESTIONS[index].key}`;
export const noteField = (index: number) => `answers-${SDASH_QUESTIONS[index].key}-note`;
export const RISK_FIELDS = {
  riskLevel: 'riskLevel',
  riskRationale: 'riskRationale',
  dashCompleted: 'dashCompleted',
  dashTickCount: 'dashTickCount',
  specialistCompleted: 'specialistCompleted',
  instrument: 'specialistAssessment-instrument',
  completedBy: 'specialistAssessment-completedBy',
  completedOn: 'specialistAssessment-completedOn',
  result: 'specialistAssessment-result',
} as const;

export function riskValuesFrom(referral: ReferralFieldsFragment): RiskValues {
  const screening = referral.screening;
  const specialist = screening?.specialistAssessment;
  return {
    answers: SDASH_QUESTIONS.map((question) => {
      const recorded = screening?.answers.find((a) => a.question === question.key);
      return { answer: recorded?.answer ?? '', note: recorded?.note ?? '' };
    }),
    riskLevel: screening?.riskLevel ?? '',
    riskRationale: screening?.riskRationale ?? '',
    dashCompleted: screening ? yesNo(screening.dashCompleted) : '',
    dashTickCount: screening?.dashTickCount != null ? String(screening.dashTickCount) : '',
    specialistCompleted: screening ? (specialist ? 'yes' : 'no') : '',
    instrument: specialist?.instrument ?? '',
    completedBy: specialist?.completedBy ?? '',
    completedOn: specialist ? fromIsoDate(specialist.completedOn) : EMPTY_DATE,
    result: specialist?.result ?? '',
  };
}

/** How many questions were answered "yes" (shown as it is: no cut-off is applied). */
export function yesCount(values: RiskValues): number {
  return values.answers.filter((a) => a.answer === 'YES').length;
}

/** The DASH tick count when it is a whole number in range, else null. */
export function dashTicks(values: RiskValues): number | null {
  const text = values.dashTickCount.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const ticks = Number(text);
  return ticks <= DASH_MAX_TICKS ? ticks : null;
}

export function maracIndicated(values: RiskValues): boolean {
  const ticks = dashTicks(values);
  return values.dashCompleted === 'yes' && ticks != null && ticks >= DASH_MARAC_THRESHOLD;
}

type RiskInput = Omit<RecordRiskScreeningInput, 'referralId' | 'expectedVersion'>;

export function validateRisk(values: RiskValues): { errors: FormError[]; input?: RiskInput } {
  const rules = new Rules();
  const F = RISK_FIELDS;
  SDASH_QUESTIONS.forEach((question, index) => {
    rules.chosen(answerField(index), values.answers[index]?.answer ?? '', `Select yes, no or not known for question ${question.number}`);
    rules.maxLength(noteField(index), values.answers[index]?.note ?? '', LIMITS.note.max, `The note for question ${question.number}`);
  });
  rules.chosen(F.riskLevel, values.riskLevel, 'Select the risk level from your professional judgement');
  rules.maxLength(F.riskRationale, values.riskRationale, LIMITS.note.max, 'The reasons for the risk level');
  rules.chosen(F.dashCompleted, values.dashCompleted, 'Select yes if a DASH risk assessment was completed');
  if (values.dashCompleted === 'yes') {
    if (rules.required(F.dashTickCount, values.dashTickCount, 'Enter how many DASH questions were ticked') && dashTicks(values) == null) {
      rules.add(F.dashTickCount, `The number of DASH ticks must be a whole number between 0 and ${DASH_MAX_TICKS}`);
    }
  }
  rules.chosen(F.specialistCompleted, values.specialistCompleted, 'Select yes if a specialist stalking risk assessment was completed');
  let completedOn: string | null = null;
  if (values.specialistCompleted === 'yes') {
    rules.chosen(F.instrument, values.instrument, 'Select which specialist assessment was completed');
    if (rules.required(F.completedBy, values.completedBy, 'Enter who completed the specialist assessment')) {
      rules.maxLength(F.completedBy, values.completedBy, LIMITS.name.max, 'Who completed it');
    }
    completedOn = rules.date(F.completedOn, values.completedOn, 'the date the specialist assessment was completed', { required: true, notInFuture: true });
    if (rules.required(F.result, values.result, 'Enter the result of the specialist assessment')) {
      rules.maxLength(F.result, values.result, LIMITS.shortText.max, 'The result');
    }
  }
  if (rules.errors.length > 0) return { errors: rules.errors };
  return {
    errors: [],
    input: {
      answers: SDASH_QUESTIONS.map((question, index) => ({
        question: question.key,
        answer: values.answers[index].answer as ScreeningAnswer,
        note: textOrNull(values.answers[index].note),
      })),
      riskLevel: values.riskLevel as RiskLevel,
      riskRationale: textOrNull(values.riskRationale),
      dashTickCount: values.dashCompleted === 'yes' ? dashTicks(values) : null,
      specialistAssessment:
        values.specialistCompleted === 'yes' && completedOn
          ? {
              instrument: values.instrument as SpecialistInstrument,
              completedBy: values.completedBy.trim(),
              completedOn,
              result: values.result.trim(),
            }
          : null,
    },
  };
}
