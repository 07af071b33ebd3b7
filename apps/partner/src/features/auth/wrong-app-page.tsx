import { usePageTitle } from '@lantern/ui/page-title';
import { SERVICE_NAME } from '../../ui/service-name';

/** Police staff (and administrators) signed in to the partner app by mistake. */
export function WrongAppPage() {
  usePageTitle('This is the support services app', SERVICE_NAME);
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
