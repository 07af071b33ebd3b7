import type { FormError } from '@lantern/client/form-errors';
import { Rules } from '@lantern/client/form-rules';
import { SignInPage as StaffSignInPage } from '@lantern/client/sign-in';
import { AppLayout } from '../../ui/app-layout';

/** Checks the sign-in answers before anything is sent. */
export function validateSignIn(email: string, password: string): FormError[] {
  const rules = new Rules();
  if (rules.required('email', email, 'Enter your email address') && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    rules.add('email', 'Enter an email address in the correct format, like name@example.org');
  }
  rules.required('password', password, 'Enter your password');
  return rules.errors;
}

const EXPIRED = { heading: 'You were signed out', body: 'Your session ended. Sign in again to carry on.' };

/** Sign in, for partner service managers and advocates; afterwards, back to where they were or their home page. */
export function SignInPage() {
  const intro = 'Sign in with the email address and password your service gave you.';
  return <StaffSignInPage frame={AppLayout} heading="Sign in" intro={intro} emailLabel="Email address" validate={validateSignIn} expired={EXPIRED} />;
}
