import { DEFAULT_SCREENING_INSTRUMENT, screeningInstrument, type ScreeningInstrument } from '@lantern/schema/questionnaires';
import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ScreeningPart } from '../referral-parts.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { today } from '../calendar-date.js';
import type { RecordRiskScreeningInput } from './record-risk-screening.input.js';
import { sdashYesCount } from './sdash-yes-count.js';

/** The checklist new screenings use: DEFAULT_SCREENING_INSTRUMENT (S-DASH 2009) in packages/schema. */
const NEW_SCREENING: ScreeningInstrument = screeningInstrument(DEFAULT_SCREENING_INSTRUMENT.instrument, DEFAULT_SCREENING_INSTRUMENT.version)!;

/** An officer records the S-DASH screening and their judgement of the risk. */
export class RecordRiskScreeningService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /**
   * Records the screening against the checklist new screenings use, with its instrument and version. Needs
   * every one of that checklist's questions answered once (S-DASH 2009: 11); a specialist assessment must not
   * be dated in the future. The referral's risk level becomes the officer's. Refuses with BAD_USER_INPUT
   * otherwise.
   */
  record(actor: StaffActor, input: RecordRiskScreeningInput): Promise<ReferralEntity> {
    const checklist = NEW_SCREENING;
    const problems = new InputProblems();
    const answered = new Set<string>(input.answers.map((a) => a.question));
    const asked = new Set<string>(checklist.questions.map((q) => q.key));
    if (answered.size !== input.answers.length) problems.add('answers', `Answer each ${checklist.instrument} question once`);
    if ([...answered].some((key) => !asked.has(key))) problems.add('answers', `Answer only the questions of the ${checklist.title}`);
    for (const question of checklist.questions) {
      if (!answered.has(question.key)) problems.add(`answers.${question.key}`, `Answer question ${question.number}: ${question.text}`);
    }
    const assessment = input.specialistAssessment;
    if (assessment && assessment.completedOn > today()) {
      problems.add('specialistAssessment.completedOn', 'The date the assessment was completed must be today or in the past');
    }
    problems.throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_RISK_SCREENING');
      const screening: ScreeningPart = {
        instrument: checklist.instrument,
        version: checklist.version,
        answers: input.answers.map((a) => ({ question: a.question, answer: a.answer, note: a.note?.trim() || null })),
        riskLevel: input.riskLevel,
        riskRationale: input.riskRationale?.trim() || null,
        dashTickCount: input.dashTickCount ?? null,
        specialistAssessment: assessment
          ? { instrument: assessment.instrument, completedBy: assessment.completedBy.trim(), completedOn: assessment.completedOn, result: assessment.result.trim() }
          : null,
        recordedById: actor.viewer.userId,
        recordedAt: new Date().toISOString(),
      };
      const yes = sdashYesCount(screening.answers);
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'RECORD_RISK_SCREENING',
        { screening, riskLevel: input.riskLevel },
        {
          kind: 'SCREENING_RECORDED',
          summary: `${checklist.instrument} screening recorded: ${yes} of ${checklist.questions.length} yes; risk ${input.riskLevel.toLowerCase()}`,
        },
      );
    });
  }
}
