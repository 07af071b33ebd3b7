import { Button } from '@lantern/ui/button';
import { SubNavigation } from '@lantern/ui/sub-navigation';
import { useLocation } from 'react-router';
import { AppLayout } from '../../ui/app-layout';
import { useTitle } from '@lantern/client/page-title';
import { useViewer } from '@lantern/client/viewer';
import { ReferralListView } from './referral-list-view';

/** Home: "My referrals" and, for supervisors, "Force referrals" (MoJ sub navigation between them). */
export function ReferralListsPage({ scope }: { scope: 'mine' | 'force' }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  const title = scope === 'mine' ? 'My referrals' : 'Force referrals';
  useTitle(title);
  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
        </div>
        <div className="govuk-grid-column-one-third">
          <Button href="/referrals/new" className="govuk-!-margin-bottom-4">
            Start a new referral
          </Button>
        </div>
      </div>
      {viewer.role === 'SUPERVISOR' && (
        <SubNavigation
          label="Referral lists"
          items={[
            { href: '/', text: 'My referrals', active: pathname === '/' },
            { href: '/force-referrals', text: 'Force referrals', active: pathname === '/force-referrals' },
          ]}
        />
      )}
      <ReferralListView key={scope} scope={scope} caption={title} />
    </AppLayout>
  );
}
