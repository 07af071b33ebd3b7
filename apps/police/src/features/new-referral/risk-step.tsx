import { useMutation } from '@apollo/client/react';
import { DateInput } from '@lantern/ui/date-input';
import { InsetText } from '@lantern/ui/inset-text';
import { Radios, YES_NO_ITEMS } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { TextInput } from '@lantern/ui/text-input';
import { WarningText } from '@lantern/ui/warning-text';
import { DASH_MARAC_THRESHOLD, SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import { RISK_LEVELS, SCREENING_ANSWERS } from '@lantern/schema/vocabularies';
import { RecordRiskScreeningDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { RISK_FIELDS as F, answerField, maracIndicated, noteField, riskValuesFrom, validateRisk, yesCount, type RiskValues } from './risk-form';
import { StepLayout } from './step-layout';
import { useStepForm } from './use-step-form';


const answerItems = SCREENING_ANSWERS.values.map((value) => ({ value, label: SCREENING_ANSWERS.labels[value] }));

const RISK_HINTS: Record<string, string> = {
  STANDARD: 'Current evidence does not point to a likelihood of serious harm.',
  MEDIUM: 'There are signs of a risk of serious harm. The suspect could cause serious harm, but is unlikely to unless circumstances change.',
  HIGH: 'There are signs of a risk of serious harm. It could happen at any time and the impact would be serious.',
};
const riskItems = RISK_LEVELS.values.map((value) => ({ value, label: RISK_LEVELS.labels[value], hint: RISK_HINTS[value] }));

const instrumentItems = [
  { value: 'SASH', label: 'Screening Assessment for Stalking and Harassment (SASH)' },
  { value: 'STALKING_RISK_PROFILE', label: 'Stalking Risk Profile (SRP)' },
];

/** Step 3: the 11 S-DASH questions, the officer's risk level, DASH and any specialist assessment. */
export function RiskStep({ referral }: { referral: ReferralFieldsFragment }) {
  const [record] = useMutation(RecordRiskScreeningDocument);
  const form = useStepForm({
    slug: 'risk',
    referral,
    initial: (): RiskValues => riskValuesFrom(referral),
    validate: validateRisk,
    send: async (input) => {
      await record({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, ...input } } });
    },
  });
  const { values, setValues, set, errors } = form;
  const setAnswer = (index: number, change: Partial<RiskValues['answers'][number]>) =>
    setValues((previous) => ({ ...previous, answers: previous.answers.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  const yes = yesCount(values);
  return (
    <StepLayout {...form.layout}>
      <p className="govuk-body">
        Ask the victim each question and record their answer. There is no score to reach: the answers inform your professional
        judgement of the risk.
      </p>
      <h2 className="govuk-heading-m">S-DASH questions</h2>
      {SDASH_QUESTIONS.map((question, index) => (
        <div key={question.key} className="govuk-!-margin-bottom-6">
          <Radios
            name={answerField(index)}
            legend={`${question.number}. ${question.text}`}
            legendSize="s"
            inline
            small
            items={answerItems}
            value={values.answers[index].answer}
            onChange={(answer) => setAnswer(index, { answer })}
            error={errors.errorFor(answerField(index))}
            formGroupClassName="govuk-!-margin-bottom-3"
          />
          <Textarea
            id={noteField(index)}
            label={
              <>
                Notes<span className="govuk-visually-hidden"> on question {question.number}</span> (optional)
              </>
            }
            rows={2}
            value={values.answers[index].note}
            onChange={(note) => setAnswer(index, { note })}
            error={errors.errorFor(noteField(index))}
          />
        </div>
      ))}
      <InsetText>
        <p className="govuk-body govuk-!-margin-bottom-0" aria-live="polite">
          Questions answered yes: <strong>{yes}</strong> of {SDASH_QUESTIONS.length}
        </p>
      </InsetText>

      <h2 className="govuk-heading-m">Risk level</h2>
      <Radios
        name={F.riskLevel}
        legend="What is the risk level, in your professional judgement?"
        items={riskItems}
        value={values.riskLevel}
        onChange={set('riskLevel')}
        error={errors.errorFor(F.riskLevel)}
      />
      <Textarea
        id={F.riskRationale}
        label="Why have you chosen this risk level? (optional)"
        rows={3}
        value={values.riskRationale}
        onChange={set('riskRationale')}
        error={errors.errorFor(F.riskRationale)}
      />
      <Radios
        name={F.dashCompleted}
        legend="Was a DASH risk assessment completed?"
        items={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <>
                <TextInput
                  id={F.dashTickCount}
                  label="How many DASH questions were ticked?"
                  hint={`Enter a number from 0 to 27. ${DASH_MARAC_THRESHOLD} or more means a referral to MARAC.`}
                  width="3"
                  inputMode="numeric"
                  autoComplete="off"
                  value={values.dashTickCount}
                  onChange={set('dashTickCount')}
                  error={errors.errorFor(F.dashTickCount)}
                />
                {maracIndicated(values) && (
                  <WarningText>
                    {DASH_MARAC_THRESHOLD} or more ticks: refer the case to MARAC (multi-agency risk assessment conference) through your
                    force&apos;s process.
                  </WarningText>
                )}
              </>
            ),
          },
          { value: 'no', label: 'No' },
        ]}
        value={values.dashCompleted}
        onChange={(value) => set('dashCompleted')(value as RiskValues['dashCompleted'])}
        error={errors.errorFor(F.dashCompleted)}
      />
      <Radios
        name={F.specialistCompleted}
        legend="Has a specialist stalking risk assessment been completed?"
        hint="For example, a SASH or Stalking Risk Profile. Record only who completed it, when, and the result."
        items={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <>
                <Radios
                  name={F.instrument}
                  legend="Which assessment?"
                  items={instrumentItems}
                  value={values.instrument}
                  onChange={set('instrument')}
                  error={errors.errorFor(F.instrument)}
                />
                <TextInput id={F.completedBy} label="Completed by" value={values.completedBy} onChange={set('completedBy')} error={errors.errorFor(F.completedBy)} />
                <DateInput
                  id={F.completedOn}
                  legend="Date completed"
                  hint="For example, 27 3 2026"
                  value={values.completedOn}
                  onChange={set('completedOn')}
                  error={errors.errorFor(F.completedOn)}
                />
                <TextInput id={F.result} label="Result" value={values.result} onChange={set('result')} error={errors.errorFor(F.result)} />
              </>
            ),
          },
          ...YES_NO_ITEMS.slice(1),
        ]}
        value={values.specialistCompleted}
        onChange={(value) => set('specialistCompleted')(value as RiskValues['specialistCompleted'])}
        error={errors.errorFor(F.specialistCompleted)}
      />
    </StepLayout>
  );
}
