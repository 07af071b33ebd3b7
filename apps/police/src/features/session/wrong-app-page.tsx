import { AppLayout } from '../../ui/app-layout';
import { useTitle } from '../../ui/page-title';
import { ViewerProvider, type Viewer } from './viewer-context';

/** A partner's or victim's session opened the police app: explain where to go instead. */
export function WrongAppPage({ viewer }: { viewer: Viewer }) {
  useTitle('This is the police app');
  return (
    <ViewerProvider viewer={viewer}>
      <AppLayout>
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
      </AppLayout>
    </ViewerProvider>
  );
}
