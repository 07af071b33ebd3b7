import { useNavigate } from 'react-router';
import { useFormErrors, type FormError, type FormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import type { StepLayoutProps } from './step-layout';
import { nextStepPath, type StepSlug } from './steps';
import { useDraftState } from '@lantern/client/use-draft-state';
import { useReturnToCheck } from './use-step-navigation';

export interface StepFormOptions<V, I> {
  slug: StepSlug;
  /** The draft; absent only on step 1 before the draft exists. */
  referral?: ReferralFieldsFragment;
  /** The form's starting values, from the draft. */
  initial: () => V;
  /** Checks the answers: the problems, or the API input. */
  validate: (values: V) => { errors: FormError[]; input?: I };
  /** Saves the input; answers the id of the referral saved (step 1 creates it). */
  send: (input: I) => Promise<string | undefined | void>;
}

export interface StepForm<V> {
  values: V;
  setValues: (update: V | ((previous: V) => V)) => void;
  /** A setter for one answer: `onChange={form.set('firstName')}`. */
  set: <K extends keyof V>(key: K) => (value: V[K]) => void;
  errors: FormErrors;
  /** Everything StepLayout needs: `<StepLayout {...form.layout}>`. */
  layout: Omit<StepLayoutProps, 'children'>;
}

/**
 * The behaviour every question page shares: answers kept in the tab until saved, checked before sending,
 * sent once at a time with the draft's version, problems shown in the error summary (a CONFLICT explained
 * above the form), then on to the next step, or back to "check your answers" after a change.
 */
export function useStepForm<V extends object, I>({ slug, referral, initial, validate, send }: StepFormOptions<V, I>): StepForm<V> {
  const navigate = useNavigate();
  const returnToCheck = useReturnToCheck();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const [values, setValues, discard] = useDraftState<V>(`form:${referral?.id ?? 'new'}:${slug}`, initial);
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((previous) => ({ ...previous, [key]: value }));

  const save = async () => {
    const { errors: problems, input } = validate(values);
    if (input === undefined) {
      errors.show(problems);
      return;
    }
    let savedId = referral?.id;
    const { ok } = await submitter.submit(async () => {
      savedId = (await send(input)) || savedId;
    });
    if (ok && savedId) {
      discard();
      // Step 1 replaces "/referrals/new" in the history: going Back must not start a second draft.
      void navigate(nextStepPath(savedId, slug, returnToCheck), { replace: !referral });
    }
  };

  return {
    values,
    setValues,
    set,
    errors,
    layout: {
      slug,
      referral,
      errors,
      onSubmit: () => void save(),
      pending: submitter.pending,
      conflict: submitter.conflict && { onReloaded: submitter.clearConflict },
      returnToCheck,
    },
  };
}
