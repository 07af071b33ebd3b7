import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { TextInput } from '@lantern/ui/text-input';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { toApiProblem } from '../../apollo/api-problem';
import { SignInDocument, ViewerDocument } from '../../gql/graphql';
import { useFormErrors } from '../../forms/form-errors';
import { Rules } from '../../forms/validation';
import { AppLayout } from '../../ui/app-layout';
import { useTitle } from '../../ui/page-title';
import { claimDrafts } from '../new-referral/draft-storage';
import { forgetListStates } from '../referral-list/list-filters';
import { safeReturnTo } from './return-to';

/** Sign in with a Lantern account. After an expired session, returns to where the officer was. */
export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const returnTo = safeReturnTo(params.get('returnTo'));
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading }] = useMutation(SignInDocument);
  useTitle('Sign in', errors.hasErrors);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const rules = new Rules();
    rules.required('email', email, 'Enter your e-mail address');
    rules.required('password', password, 'Enter your password');
    if (rules.errors.length > 0) return errors.show(rules.errors);
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      const viewer = result.data?.signIn;
      if (!viewer) return;
      claimDrafts(viewer.user.id);
      forgetListStates();
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer } });
      navigate(returnTo, { replace: true });
    } catch (error) {
      const problem = toApiProblem(error);
      setPassword('');
      if (problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT') {
        errors.show([{ field: 'email', message: problem.fields[0]?.message ?? problem.message }]);
      } else {
        errors.showProblem(problem);
      }
    }
  };

  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} />
          {reason === 'expired' && !errors.hasErrors && (
            <NotificationBanner heading="Your session has ended">
              <p className="govuk-body">For your security, you were signed out. Sign in again to carry on where you were. Anything you had typed has been kept.</p>
            </NotificationBanner>
          )}
          {reason === 'signed-out' && !errors.hasErrors && <NotificationBanner type="success" heading="You have signed out" />}
          <h1 className="govuk-heading-l">Sign in to Lantern</h1>
          <p className="govuk-body">Lantern is for police officers referring victims of stalking to specialist support.</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextInput
              id="email"
              label="E-mail address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={errors.errorFor('email')}
            />
            <TextInput
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={errors.errorFor('password')}
            />
            <Button disabled={loading}>Sign in</Button>
          </form>
        </div>
      </div>
    </AppLayout>
  );
}
