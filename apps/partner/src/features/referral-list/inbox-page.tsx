import { useTitle } from '@lantern/client/page-title';
import { useViewer } from '@lantern/client/viewer';
import { useListState } from '@lantern/client/list-state';
import { FIRST_PAGE, ReferralPageOfResults, type PageState } from './components/referral-page-of-results';
import { ReferralTable } from './components/referral-table';

/** The manager's inbox: new referrals waiting to be accepted or declined, the most pressing first. */
export function InboxPage() {
  const viewer = useViewer();
  const [page, setPage] = useListState<PageState>('inbox:page', FIRST_PAGE);
  useTitle('New referrals');
  return (
    <>
      <h1 className="govuk-heading-l">New referrals</h1>
      <p className="govuk-body">
        {`Referrals the police have sent to ${viewer.organisation.name}. Accept or decline each one by its deadline. `}
        Overdue and high-risk referrals are first.
      </p>
      <ReferralPageOfResults
        filter={{ statuses: ['SUBMITTED'] }}
        sort="PRIORITY"
        page={page}
        onPageChange={setPage}
        emptyMessage="There are no new referrals waiting for a decision."
        renderItems={(items) => (
          <ReferralTable referrals={items} columns={['acceptBy', 'risk', 'referral', 'received']} caption="New referrals" />
        )}
      />
    </>
  );
}
