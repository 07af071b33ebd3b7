import { SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import { ORDER_DECISIONS } from '@lantern/schema/vocabularies';
import type { Context } from '../../context.js';
import { InputProblems } from '../../common/errors/app-error.js';
import { refusal } from './referral-access.js';
import { inTransaction } from '../../common/transaction.js';
import { OrderBreachEntity } from './referral-records.entity.js';
import type { ReferralEntity } from './referral.entity.js';
import type { RecordOrderBreachInput, RecordProtectiveOrderInput, RecordRiskScreeningInput } from './referral-police.input.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

const GRANTED = ['INTERIM_GRANTED', 'FULL_GRANTED'];
const today = () => new Date().toISOString().slice(0, 10);

/** S-DASH screening, the Stalking Protection Order record, and breaches of the order. */
export class ReferralRiskService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  recordScreening(ctx: Context, input: RecordRiskScreeningInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
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
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'RECORD_RISK_SCREENING');
      const screening = {
        answers: input.answers.map((a) => ({ question: a.question, answer: a.answer, note: a.note?.trim() || null })),
        riskLevel: input.riskLevel,
        riskRationale: input.riskRationale?.trim() || null,
        dashTickCount: input.dashTickCount ?? null,
        specialistAssessment: assessment
          ? { instrument: assessment.instrument, completedBy: assessment.completedBy.trim(), completedOn: assessment.completedOn, result: assessment.result.trim() }
          : null,
        recordedById: viewer.userId,
        recordedAt: new Date().toISOString(),
      };
      const yes = screening.answers.filter((a) => a.answer === 'YES').length;
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'RECORD_RISK_SCREENING',
        { screening, riskLevel: input.riskLevel },
        { kind: 'SCREENING_RECORDED', summary: `S-DASH screening recorded: ${yes} of 11 yes; risk ${input.riskLevel.toLowerCase()}` },
      );
    });
  }

  recordOrder(ctx: Context, input: RecordProtectiveOrderInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    const problems = new InputProblems();
    if (!input.considered && input.decision !== 'NOT_CONSIDERED') {
      problems.add('decision', 'Select "Not yet considered" or say that an order was considered');
    }
    if (input.considered && input.decision === 'NOT_CONSIDERED') problems.add('decision', 'Select the decision about the order');
    if (input.considered) problems.require('rationale', input.rationale, 'Enter the reasons for the decision');
    if (input.decision === 'INTERIM_GRANTED') problems.require('interimMadeOn', input.interimMadeOn, 'Enter the date the interim order was made');
    if (input.decision === 'FULL_GRANTED') problems.require('fullMadeOn', input.fullMadeOn, 'Enter the date the full order was made');
    for (const field of ['interimMadeOn', 'fullMadeOn'] as const) {
      const value = input[field];
      if (value && value > today()) problems.add(field, 'The date the order was made must be today or in the past');
    }
    const made = input.fullMadeOn ?? input.interimMadeOn;
    if (input.expiresOn && made && input.expiresOn <= made) problems.add('expiresOn', 'The expiry date must be after the date the order was made');
    problems.throwIfAny();
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'RECORD_PROTECTIVE_ORDER');
      const protectiveOrder = {
        considered: input.considered,
        decision: input.decision,
        rationale: input.rationale?.trim() || null,
        interimMadeOn: input.interimMadeOn ?? null,
        fullMadeOn: input.fullMadeOn ?? null,
        conditions: input.conditions?.trim() || null,
        expiresOn: input.expiresOn ?? null,
        recordedById: viewer.userId,
        recordedAt: new Date().toISOString(),
      };
      return this.workflow.change(manager, ctx, referral, input.expectedVersion, 'RECORD_PROTECTIVE_ORDER', { protectiveOrder }, {
        kind: 'ORDER_RECORDED',
        summary: `Stalking Protection Order: ${ORDER_DECISIONS.labels[input.decision].toLowerCase()}`,
      });
    });
  }

  recordBreach(ctx: Context, input: RecordOrderBreachInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    if (input.occurredOn > today()) new InputProblems().add('occurredOn', 'The date of the breach must be today or in the past').throwIfAny();
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'RECORD_ORDER_BREACH');
      if (!referral.protectiveOrder || !GRANTED.includes(referral.protectiveOrder.decision)) {
        throw refusal(referral, 'RECORD_ORDER_BREACH', 'Record a granted Stalking Protection Order before recording a breach of it.');
      }
      await manager.insert(OrderBreachEntity, {
        referralId: referral.id,
        policeForceId: referral.policeForceId,
        partnerServiceId: referral.partnerServiceId,
        occurredOn: input.occurredOn,
        description: input.description.trim(),
        crimeReference: input.crimeReference?.trim().toUpperCase() || null,
        recordedById: viewer.userId,
        recordedAt: new Date(),
      });
      return this.workflow.change(manager, ctx, referral, input.expectedVersion, 'RECORD_ORDER_BREACH', {}, {
        kind: 'ORDER_BREACH_RECORDED',
        summary: `Breach of the Stalking Protection Order recorded (${input.occurredOn})`,
      });
    });
  }
}
