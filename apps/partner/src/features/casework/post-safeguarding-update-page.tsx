import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { RISK_LEVELS, SAFEGUARDING_UPDATE_KINDS, type RiskLevel, type SafeguardingUpdateKind } from '@lantern/schema/vocabularies';
import { InsetText } from '@lantern/ui/inset-text';
import { useTitle } from '@lantern/client/page-title';
import { Radios, YES_NO_ITEMS } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { useDraftState } from '@lantern/client/use-draft-state';
import { newIdempotencyKey } from '@lantern/client/idempotency-key';
import type { FormError } from '@lantern/client/form-errors';
import { Rules } from '@lantern/client/form-rules';
import { CaseFormFrame, type CaseFormProps } from '../referral/components/case-form-frame';
import { CaseFormLayout } from '../referral/components/case-form-layout';
import { useCaseSubmit } from '../referral/use-case-submit';
import { PostSafeguardingUpdateDocument } from '../../gql/graphql';

const FIELDS = ['kind', 'text', 'newRiskLevel', 'needsPoliceAction', 'visibleToVictim'] as const;
const TEXT_MAX = LIMITS.longText.max;

const KIND_HINTS: Record<SafeguardingUpdateKind, string> = {
  CONTACT_MADE: 'You spoke to the victim: what was said and agreed.',
  RISK_CHANGE: 'The risk to the victim has gone up or down.',
  NEW_INCIDENT: 'Something new has happened. Always sent to the officer as urgent.',
  BREACH_OF_ORDER: 'The suspect broke a protective order. Always sent to the officer as urgent.',
  NEEDS_POLICE_ACTION: 'The police need to do something. Always sent to the officer as urgent.',
  SUPPORT_PLAN_NOTE: 'Progress with the victim’s support and safety plan.',
};

export interface UpdateValues {
  kind: SafeguardingUpdateKind | '';
  text: string;
  /** A risk level, `NO_CHANGE`, or '' while unanswered. */
  newRiskLevel: RiskLevel | 'NO_CHANGE' | '';
  needsPoliceAction: 'yes' | 'no' | '';
  visibleToVictim: 'yes' | 'no' | '';
}

export const EMPTY_UPDATE: UpdateValues = { kind: '', text: '', newRiskLevel: '', needsPoliceAction: '', visibleToVictim: '' };

export function validateUpdate(values: UpdateValues): FormError[] {
  const rules = new Rules();
  rules.chosen('kind', values.kind, 'Select what kind of update this is');
  if (rules.required('text', values.text, 'Enter the update')) rules.maxLength('text', values.text, TEXT_MAX, 'The update');
  if (rules.chosen('newRiskLevel', values.newRiskLevel, 'Select whether the risk level has changed') && values.kind === 'RISK_CHANGE' && values.newRiskLevel === 'NO_CHANGE') {
    rules.add('newRiskLevel', 'Select the new risk level');
  }
  if (rules.chosen('needsPoliceAction', values.needsPoliceAction, 'Select whether the police need to take action') && values.kind === 'NEEDS_POLICE_ACTION' && values.needsPoliceAction === 'no') {
    rules.add('needsPoliceAction', 'An update about something the police need to do must be sent as needing police action');
  }
  rules.chosen('visibleToVictim', values.visibleToVictim, 'Select whether the victim should see this update');
  return rules.errors;
}

function UpdateForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [post] = useMutation(PostSafeguardingUpdateDocument);
  const [values, setValues, clearDraft] = useDraftState<UpdateValues>(`safeguarding-update:${referral.id}`, () => EMPTY_UPDATE);
  // One key per update being written: a retry after a lost response never posts it twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const { errors, submitter } = useCaseSubmit(refetch, FIELDS);
  useTitle('Post a safeguarding update', errors.hasErrors);
  const set = (change: Partial<UpdateValues>) => setValues({ ...values, ...change });

  const submit = async () => {
    const problems = validateUpdate(values);
    if (problems.length > 0) return errors.show(problems);
    const needsPoliceAction = values.needsPoliceAction === 'yes';
    // Whether the officer has it as urgent is the API's answer, stored with the update.
    let urgent = false;
    const result = await submitter.submit(async () => {
      const answer = await post({
        variables: {
          input: {
            referralId: referral.id,
            expectedVersion: referral.version,
            idempotencyKey,
            kind: values.kind as SafeguardingUpdateKind,
            text: values.text.trim(),
            newRiskLevel: values.newRiskLevel === 'NO_CHANGE' ? null : (values.newRiskLevel as RiskLevel),
            needsPoliceAction,
            visibleToVictim: values.visibleToVictim === 'yes',
          },
        },
      });
      urgent = answer.data?.postSafeguardingUpdate.urgent ?? false;
    });
    if (result.ok) {
      clearDraft();
      void navigate(`/referrals/${referral.id}/activity`, {
        replace: true,
        state: { success: urgent ? 'Update posted. The officer in the case has it as urgent.' : 'Safeguarding update posted' },
      });
    } else if (result.problem && result.problem.code !== 'NETWORK') {
      // The API refused this attempt, so nothing was posted: the next attempt is a new request.
      setIdempotencyKey(newIdempotencyKey());
    }
  };

  const currentRisk = referral.riskLevel ? RISK_LEVELS.labels[referral.riskLevel].toLowerCase() : 'not recorded';
  return (
    <CaseFormLayout
      referral={referral}
      title="Post a safeguarding update"
      errors={errors.summary}
      before={<p className="govuk-body">{`The officer in the case, ${referral.officerInCase.name}, will see this update.`}</p>}
      onSubmit={submit}
      submitText="Post update"
      submitting={submitter.pending}
    >
      <Radios
        name="kind"
        legend="What kind of update is it?"
        legendSize="m"
        items={SAFEGUARDING_UPDATE_KINDS.values.map((value) => ({
          value,
          label: SAFEGUARDING_UPDATE_KINDS.labels[value],
          hint: KIND_HINTS[value],
        }))}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as SafeguardingUpdateKind })}
        error={errors.errorFor('kind')}
      />
      <Textarea
        id="text"
        label="Update"
        labelSize="m"
        hint="Say what happened, when, and what you have done or need."
        rows={8}
        value={values.text}
        onChange={(text) => set({ text })}
        maxLength={TEXT_MAX}
        error={errors.errorFor('text')}
      />
      <Radios
        name="newRiskLevel"
        legend="Has the risk level changed?"
        legendSize="m"
        hint={`The risk level is now ${currentRisk}.`}
        items={[
          { value: 'NO_CHANGE', label: 'No change' },
          { divider: 'or' },
          ...[...RISK_LEVELS.values].reverse().map((risk) => ({ value: risk, label: `Now ${RISK_LEVELS.labels[risk].toLowerCase()} risk` })),
        ]}
        value={values.newRiskLevel}
        onChange={(newRiskLevel) => set({ newRiskLevel: newRiskLevel as UpdateValues['newRiskLevel'] })}
        error={errors.errorFor('newRiskLevel')}
      />
      <Radios
        name="needsPoliceAction"
        legend="Do the police need to take action?"
        legendSize="m"
        hint="If yes, the officer in the case gets it as an urgent item they must acknowledge."
        inline
        items={YES_NO_ITEMS}
        value={values.needsPoliceAction}
        onChange={(needsPoliceAction) => set({ needsPoliceAction: needsPoliceAction as UpdateValues['needsPoliceAction'] })}
        error={errors.errorFor('needsPoliceAction')}
      />
      <Radios
        name="visibleToVictim"
        legend="Should the victim see this update on their status page?"
        legendSize="m"
        hint="Only choose yes if the victim has agreed, and the words are safe for anyone who might see their phone."
        inline
        items={YES_NO_ITEMS}
        value={values.visibleToVictim}
        onChange={(visibleToVictim) => set({ visibleToVictim: visibleToVictim as UpdateValues['visibleToVictim'] })}
        error={errors.errorFor('visibleToVictim')}
      />
      {values.visibleToVictim === 'yes' && (
        <InsetText>The victim will see the update exactly as written. Use plain words and say nothing about the suspect.</InsetText>
      )}
    </CaseFormLayout>
  );
}

export function PostSafeguardingUpdatePage() {
  return (
    <CaseFormFrame whatCannotBeDone="post a safeguarding update" action="POST_SAFEGUARDING_UPDATE">
      {(props) => <UpdateForm {...props} />}
    </CaseFormFrame>
  );
}
