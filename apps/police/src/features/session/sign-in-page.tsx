import type { FormError } from '@lantern/client/form-errors';
import { Rules } from '@lantern/client/form-rules';
import { SignInPage as StaffSignInPage } from '@lantern/client/sign-in';
import { AppLayout } from '../../ui/app-layout';

/** Checks the sign-in answers before anything is sent. */
export function validateSignIn(email: string, password: string): FormError[] {
  const rules = new Rules();
  rules.required('email', email, 'Enter your e-mail address');
  rules.required('password', password, 'Enter your password');
  return rules.errors;
}

const EXPIRED = {
  heading: 'Your session has ended',
  body: 'For your security, you were signed out. Sign in again to carry on where you were. Anything you had typed has been kept.',
};

/** Sign in with a Lantern account. After an expired session, returns to where the officer was. */
export function SignInPage() {
  const intro = 'Lantern is for police officers referring victims of stalking to specialist support.';
  return <StaffSignInPage frame={AppLayout} heading="Sign in to Lantern" intro={intro} emailLabel="E-mail address" validate={validateSignIn} expired={EXPIRED} />;
}
