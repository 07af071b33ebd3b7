import { useTitle } from '@lantern/client/page-title';
import { useViewer } from '@lantern/client/viewer';

/** A partner's session opened the police app: explain where to go instead. */
export function WrongAppPage() {
  const viewer = useViewer();
  useTitle('This is the police app');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This is the police app</h1>
        <p className="govuk-body">
          You are signed in as {viewer.user.name} of {viewer.organisation.name}. This part of Lantern is for police
          officers and supervisors.
        </p>
        <p className="govuk-body">Use the Lantern partner app for your organisation, or sign out and sign in with a police account.</p>
      </div>
    </div>
  );
}
