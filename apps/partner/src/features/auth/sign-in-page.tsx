import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Button } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { usePageTitle } from '@lantern/ui/page-title';
import { TextInput } from '@lantern/ui/text-input';
import { readProblem } from '../../apollo/api-problem';
import { sessionExpired } from '../../apollo/client';
import { AppLayout } from '../../ui/app-layout';
import { NO_ERRORS, formErrorsFromProblem, hasErrors, summaryItems, type FormErrors } from '../../ui/form-errors';
import { SERVICE_NAME } from '../../ui/service-name';
import { forgetOtherPeoplesDrafts } from '../../ui/use-form-draft';
import { SignInDocument, ViewerDocument } from '../../gql/graphql';
import { homePathFor } from './viewer-context';

const FIELDS = ['email', 'password'] as const;

export function validateSignIn(email: string, password: string): FormErrors {
  const fields: FormErrors['fields'] = {};
  if (email.trim() === '') fields.email = 'Enter your email address';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) fields.email = 'Enter an email address in the correct format, like name@example.org';
  if (password === '') fields.password = 'Enter your password';
  return { fields, general: [] };
}

export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as { from?: string; signedOut?: boolean };
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [expired] = useState(() => sessionExpired.current && !state.signedOut);
  usePageTitle('Sign in', SERVICE_NAME, hasErrors(errors));

  // Back to where the person was (a session that ended mid-task), or their home page.
  const destination = (role: Parameters<typeof homePathFor>[0]) =>
    state.from && state.from !== '/sign-in' ? state.from : homePathFor(role);
  if (data?.viewer) return <Navigate to={destination(data.viewer.role)} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = validateSignIn(email, password);
    setErrors(problems);
    if (hasErrors(problems)) return;
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      const viewer = result.data?.signIn;
      if (!viewer) return;
      sessionExpired.current = false;
      forgetOtherPeoplesDrafts(viewer.user.id);
      client.writeQuery({ query: ViewerDocument, data: { viewer } });
      navigate(destination(viewer.role), { replace: true });
    } catch (error) {
      const problem = readProblem(error);
      setPassword('');
      setErrors(
        problem.code === 'BAD_USER_INPUT' && problem.fields.length > 0
          ? formErrorsFromProblem(problem, FIELDS)
          : { fields: { email: problem.message }, general: [] },
      );
    }
  };

  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {expired && !hasErrors(errors) && (
            <NotificationBanner heading="You were signed out">
              <p className="govuk-body">Your session ended. Sign in again to carry on.</p>
            </NotificationBanner>
          )}
          {state.signedOut && !hasErrors(errors) && (
            <NotificationBanner type="success" heading="You have signed out" autoFocus={false} />
          )}
          <ErrorSummary errors={summaryItems(errors, FIELDS)} />
          <h1 className="govuk-heading-l">Sign in</h1>
          <p className="govuk-body">Sign in with the email address and password your service gave you.</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextInput
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={errors.fields.email}
            />
            <TextInput
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={errors.fields.password}
              width="20"
            />
            <Button disabled={loading}>Sign in</Button>
          </form>
        </div>
      </div>
    </AppLayout>
  );
}
