import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSignIn } from './features/session/require-sign-in';
import { SignInPage } from './features/session/sign-in-page';
import { STEPS } from './features/new-referral/steps';
import { NotFoundPage } from './ui/not-found-page';

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
const ProtectiveOrderPage = lazy(() => import('./features/referral/protective-order-page').then((m) => ({ default: m.ProtectiveOrderPage })));
const VictimLinkPage = lazy(() => import('./features/referral/victim-link-page').then((m) => ({ default: m.VictimLinkPage })));
const AuthorisationQueuePage = lazy(() =>
  import('./features/authorisations/authorisation-queue-page').then((m) => ({ default: m.AuthorisationQueuePage })),
);
const AuthorisationPage = lazy(() => import('./features/authorisations/authorisation-page').then((m) => ({ default: m.AuthorisationPage })));

function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <Suspense fallback={null}>{children}</Suspense>
    </RequireSignIn>
  );
}

/** Every screen of the police app. Addresses carry ids only, never a victim's details. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/" element={<SignedIn><ReferralListsPage scope="mine" /></SignedIn>} />
      <Route path="/force-referrals" element={<SignedIn><ReferralListsPage scope="force" /></SignedIn>} />
      <Route path="/authorisations" element={<SignedIn><AuthorisationQueuePage /></SignedIn>} />
      <Route path="/referrals/new" element={<SignedIn><NewReferralPage /></SignedIn>} />
      {STEPS.map((step) => (
        <Route key={step.slug} path={`/referrals/:id/${step.slug}`} element={<SignedIn><DraftStepPage step={step.slug} /></SignedIn>} />
      ))}
      <Route path="/referrals/:id/continue" element={<SignedIn><ContinueDraftPage /></SignedIn>} />
      <Route path="/referrals/:id/sent" element={<SignedIn><SentPage /></SignedIn>} />
      <Route path="/referrals/:id" element={<SignedIn><ReferralOverviewPage /></SignedIn>} />
      <Route path="/referrals/:id/details" element={<SignedIn><ReferralDetailsPage /></SignedIn>} />
      <Route path="/referrals/:id/timeline" element={<SignedIn><ReferralTimelinePage /></SignedIn>} />
      <Route path="/referrals/:id/withdraw" element={<SignedIn><WithdrawPage /></SignedIn>} />
      <Route path="/referrals/:id/withdraw-consent" element={<SignedIn><WithdrawConsentPage /></SignedIn>} />
      <Route path="/referrals/:id/breach" element={<SignedIn><BreachPage /></SignedIn>} />
      <Route path="/referrals/:id/protective-order" element={<SignedIn><ProtectiveOrderPage /></SignedIn>} />
      <Route path="/referrals/:id/victim-link" element={<SignedIn><VictimLinkPage /></SignedIn>} />
      <Route path="/referrals/:id/authorisation" element={<SignedIn><AuthorisationPage /></SignedIn>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
