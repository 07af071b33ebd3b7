import { useTitle } from '@lantern/client/page-title';

/** Police staff (and administrators) signed in to the partner app by mistake. */
export function WrongAppPage() {
  useTitle('This is the support services app');
  return (
    <>
      <h1 className="govuk-heading-l">This is the support services app</h1>
      <p className="govuk-body">
        This part of Lantern is for stalking advocacy services. Sign out, then use the police app to see your
        force&apos;s referrals.
      </p>
    </>
  );
}
