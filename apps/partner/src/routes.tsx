import { staffRoutes } from '@lantern/client/app-root';
import { NotFoundPage } from '@lantern/client/not-found-page';
import { RequireSignIn } from '@lantern/client/require-sign-in';
import { PARTNER_ROLES } from '@lantern/schema/roles';
import { Outlet, type RouteObject } from 'react-router';
import { ActivityPage } from './features/referral/activity-page';
import { CaseLayout } from './features/referral/case-layout';
import { DetailsPage } from './features/referral/details-page';
import { OverviewPage } from './features/referral/overview-page';
import { TimelinePage } from './features/referral/timeline-page';
import { CloseReferralPage } from './features/casework/close-referral-page';
import { PostSafeguardingUpdatePage } from './features/casework/post-safeguarding-update-page';
import { RecordContactAttemptPage } from './features/casework/record-contact-attempt-page';
import { AllReferralsPage } from './features/referral-list/all-referrals-page';
import { CaseloadPage } from './features/referral-list/caseload-page';
import { InboxPage } from './features/referral-list/inbox-page';
import { Home } from './features/session/home';
import { SignInPage } from './features/session/sign-in-page';
import { WrongAppPage } from './features/session/wrong-app-page';
import { AllocateReferralPage } from './features/triage/allocate-referral-page';
import { DeclineReferralPage } from './features/triage/decline-referral-page';
import { AppLayout } from './ui/app-layout';
import { SERVICE_NAME } from './ui/service-name';

/** The signed-in part: partner managers and advocates only, every screen inside the app's frame. */
function ManagersAndAdvocatesOnly() {
  return (
    <RequireSignIn roles={PARTNER_ROLES} frame={AppLayout} wrongApp={<WrongAppPage />}>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </RequireSignIn>
  );
}

/** Every screen of the staff app. Only ids ever appear in a path: never a victim's details. */
export const routes: RouteObject[] = staffRoutes({
  serviceName: SERVICE_NAME,
  signInPage: <SignInPage />,
  signedIn: <ManagersAndAdvocatesOnly />,
  screens: [
    { index: true, element: <Home /> },
    { path: 'inbox', element: <InboxPage /> },
    { path: 'referrals', element: <AllReferralsPage /> },
    { path: 'caseload', element: <CaseloadPage /> },
    {
      path: 'referrals/:referralId',
      element: <CaseLayout />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'details', element: <DetailsPage /> },
        { path: 'activity', element: <ActivityPage /> },
        { path: 'timeline', element: <TimelinePage /> },
      ],
    },
    { path: 'referrals/:referralId/decline', element: <DeclineReferralPage /> },
    { path: 'referrals/:referralId/allocate', element: <AllocateReferralPage /> },
    { path: 'referrals/:referralId/contact-attempt', element: <RecordContactAttemptPage /> },
    { path: 'referrals/:referralId/safeguarding-update', element: <PostSafeguardingUpdatePage /> },
    { path: 'referrals/:referralId/close', element: <CloseReferralPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
});
