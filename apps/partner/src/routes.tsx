import { Navigate, type RouteObject } from 'react-router';
import { RequirePartnerStaff } from './features/auth/require-partner-staff';
import { SignInPage } from './features/auth/sign-in-page';
import { homePathFor, useViewer } from './features/auth/viewer-context';
import { ActivityPage } from './features/case/activity-page';
import { CaseLayout } from './features/case/case-layout';
import { DetailsPage } from './features/case/details-page';
import { OverviewPage } from './features/case/overview-page';
import { TimelinePage } from './features/case/timeline-page';
import { CloseReferralPage } from './features/casework/close-referral-page';
import { PostSafeguardingUpdatePage } from './features/casework/post-safeguarding-update-page';
import { RecordContactAttemptPage } from './features/casework/record-contact-attempt-page';
import { AllReferralsPage } from './features/referrals/all-referrals-page';
import { CaseloadPage } from './features/referrals/caseload-page';
import { InboxPage } from './features/referrals/inbox-page';
import { AllocateReferralPage } from './features/triage/allocate-referral-page';
import { DeclineReferralPage } from './features/triage/decline-referral-page';
import { NotFoundPage } from './ui/problem-page';

function Home() {
  const viewer = useViewer();
  return <Navigate to={homePathFor(viewer.role)} replace />;
}

/** Every screen of the staff app. Only ids ever appear in a path: never a victim's details. */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequirePartnerStaff />,
    children: [
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
  },
];
