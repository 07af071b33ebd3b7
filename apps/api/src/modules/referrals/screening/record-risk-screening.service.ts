import { SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { today } from '../calendar-date.js';
import type { RecordRiskScreeningInput } from './record-risk-screening.input.js';
import { sdashYesCount } from './sdash-yes-count.js';

/** An officer records the S-DASH screening and their judgement of the risk. */
export class RecordRiskScreeningService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /**
   * Needs every one of the 11 S-DASH questions answered once; a specialist assessment must not be dated in
   * the future. The referral's risk level becomes the officer's. Refuses with BAD_USER_INPUT otherwise.
   */
  record(actor: StaffActor, input: RecordRiskScreeningInput): Promise<ReferralEntity> {
    const problems = new InputProblems();
    const answered = new Set(input.answers.map((a) => a.question));
    if (answered.size !== input.answers.length) problems.add('answers', 'Answer each S-DASH question once');
    const missing = SDASH_QUESTIONS.filter((q) => !answered.has(q.key));
    for (const question of missing) problems.add(`answers.${question.key}`, `Answer question ${question.number}: ${question.text}`);
    const assessment = input.specialistAssessment;
    if (assessment && assessment.completedOn > today()) {
      problems.add('specialistAssessment.completedOn', 'The date the assessment was completed must be today or in the past');
    }
    problems.throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_RISK_SCREENING');
      const screening = {
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
        { kind: 'SCREENING_RECORDED', summary: `S-DASH screening recorded: ${yes} of 11 yes; risk ${input.riskLevel.toLowerCase()}` },
      );
    });
  }
}
