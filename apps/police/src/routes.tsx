import { staffRoutes } from '@lantern/client/app-root';
import { NotFoundPage } from '@lantern/client/not-found-page';
import { RequireSignIn } from '@lantern/client/require-sign-in';
import { POLICE_ROLES } from '@lantern/schema/roles';
import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { STEPS } from './features/new-referral/steps';
import { SignInPage } from './features/session/sign-in-page';
import { WrongAppPage } from './features/session/wrong-app-page';
import { AppLayout } from './ui/app-layout';
import { SERVICE_NAME } from './ui/service-name';

// Route-level code splitting: the sign-in screen and the app frame load first; each area loads when opened.
const ReferralListsPage = lazy(() => import('./features/referral-list/referral-lists-page').then((m) => ({ default: m.ReferralListsPage })));
const NewReferralPage = lazy(() => import('./features/new-referral/step-pages').then((m) => ({ default: m.NewReferralPage })));
const DraftStepPage = lazy(() => import('./features/new-referral/step-pages').then((m) => ({ default: m.DraftStepPage })));
const ContinueDraftPage = lazy(() => import('./features/new-referral/step-pages').then((m) => ({ default: m.ContinueDraftPage })));
const SentPage = lazy(() => import('./features/new-referral/sent-page').then((m) => ({ default: m.SentPage })));
const ReferralOverviewPage = lazy(() => import('./features/referral/referral-overview-page').then((m) => ({ default: m.ReferralOverviewPage })));
const ReferralDetailsPage = lazy(() => import('./features/referral/referral-details-page').then((m) => ({ default: m.ReferralDetailsPage })));
const ReferralTimelinePage = lazy(() => import('./features/referral/referral-timeline-page').then((m) => ({ default: m.ReferralTimelinePage })));
const WithdrawPage = lazy(() => import('./features/referral/withdraw-page').then((m) => ({ default: m.WithdrawPage })));
const WithdrawConsentPage = lazy(() => import('./features/referral/withdraw-consent-page').then((m) => ({ default: m.WithdrawConsentPage })));
const BreachPage = lazy(() => import('./features/referral/breach-page').then((m) => ({ default: m.BreachPage })));
const StalkingProtectionOrderPage = lazy(() => import('./features/referral/stalking-protection-order-page').then((m) => ({ default: m.StalkingProtectionOrderPage })));
const VictimLinkPage = lazy(() => import('./features/referral/victim-link-page').then((m) => ({ default: m.VictimLinkPage })));
const AuthorisationQueuePage = lazy(() =>
  import('./features/authorisations/authorisation-queue-page').then((m) => ({ default: m.AuthorisationQueuePage })),
);
const AuthorisationPage = lazy(() => import('./features/authorisations/authorisation-page').then((m) => ({ default: m.AuthorisationPage })));

/** The signed-in part: officers and supervisors only. Each area's code loads when it is first opened. */
function OfficersAndSupervisorsOnly() {
  return (
    <RequireSignIn roles={POLICE_ROLES} frame={AppLayout} wrongApp={<WrongAppPage />}>
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </RequireSignIn>
  );
}

/** Every screen of the police app. Addresses carry ids only, never a victim's details. */
export const routes: RouteObject[] = staffRoutes({
  serviceName: SERVICE_NAME,
  signInPage: <SignInPage />,
  signedIn: <OfficersAndSupervisorsOnly />,
  screens: [
    { index: true, element: <ReferralListsPage scope="mine" /> },
    { path: 'force-referrals', element: <ReferralListsPage scope="force" /> },
    { path: 'authorisations', element: <AuthorisationQueuePage /> },
    { path: 'referrals/new', element: <NewReferralPage /> },
    ...STEPS.map((step) => ({ path: `referrals/:id/${step.slug}`, element: <DraftStepPage step={step.slug} /> })),
    { path: 'referrals/:id/continue', element: <ContinueDraftPage /> },
    { path: 'referrals/:id/sent', element: <SentPage /> },
    { path: 'referrals/:id', element: <ReferralOverviewPage /> },
    { path: 'referrals/:id/details', element: <ReferralDetailsPage /> },
    { path: 'referrals/:id/timeline', element: <ReferralTimelinePage /> },
    { path: 'referrals/:id/withdraw', element: <WithdrawPage /> },
    { path: 'referrals/:id/withdraw-consent', element: <WithdrawConsentPage /> },
    { path: 'referrals/:id/breach', element: <BreachPage /> },
    { path: 'referrals/:id/stalking-protection-order', element: <StalkingProtectionOrderPage /> },
    { path: 'referrals/:id/victim-link', element: <VictimLinkPage /> },
    { path: 'referrals/:id/authorisation', element: <AuthorisationPage /> },
  ],
  others: [
    {
      path: '*',
      element: (
        <AppLayout>
          <NotFoundPage />
        </AppLayout>
      ),
    },
  ],
});
