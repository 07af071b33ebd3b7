import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { TextInput } from '@lantern/ui/text-input';
import { useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { readApiProblem } from './api-problem';
import { keepOnlyDraftsOf } from './draft-store';
import { useFormErrors, type FormError } from './form-errors';
import { SignInDocument, ViewerDocument } from './gql/graphql';
import { useTitle } from './page-title';
import { safeReturnTo } from './return-to';

const FIELDS = ['email', 'password'] as const;

export interface SignInPageProps {
  /** The app's page frame. */
  frame: ComponentType<{ children: ReactNode }>;
  heading: string;
  /** One sentence under the heading: who the app is for. */
  intro: string;
  emailLabel: string;
  /** Checks the answers before anything is sent (the app's wording). */
  validate: (email: string, password: string) => FormError[];
  /** The banner shown after the session ended on its own (`?reason=expired`). */
  expired: { heading: string; body: string };
}

/**
 * Sign in with a Lantern account. Afterwards the person goes back to where they were (`?returnTo=`, after an
 * expired session) or to the home page; drafts left in the tab by anyone else are removed first. A refusal
 * is shown against the e-mail address without saying which part was wrong, and the password is cleared.
 * Someone already signed in goes straight on.
 */
export function SignInPage({ frame: Frame, heading, intro, emailLabel, validate, expired }: SignInPageProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const returnTo = safeReturnTo(params.get('returnTo'));
  const errors = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  const [signIn, { loading }] = useMutation(SignInDocument);
  useTitle('Sign in', errors.hasErrors);
  if (data?.viewer) return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems = validate(email, password);
    if (problems.length > 0) return errors.show(problems);
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      const viewer = result.data?.signIn;
      if (!viewer) return;
      keepOnlyDraftsOf(viewer.user.id);
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer } });
      await navigate(returnTo, { replace: true });
    } catch (error) {
      const problem = readApiProblem(error);
      setPassword('');
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.length > 0) errors.showProblem(problem);
      else if (problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT') errors.show([{ field: 'email', message: problem.message }]);
      else errors.showProblem(problem);
    }
  };

  return (
    <Frame>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} />
          {reason === 'expired' && !errors.hasErrors && (
            <NotificationBanner heading={expired.heading}>
              <p className="govuk-body">{expired.body}</p>
            </NotificationBanner>
          )}
          {reason === 'signed-out' && !errors.hasErrors && <NotificationBanner type="success" heading="You have signed out" />}
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">{intro}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextInput
              id="email"
              label={emailLabel}
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
              width="20"
            />
            <Button disabled={loading}>Sign in</Button>
          </form>
        </div>
      </div>
    </Frame>
  );
}
