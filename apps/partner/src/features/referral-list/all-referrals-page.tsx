import { useTitle } from '@lantern/client/page-title';
import { useViewer } from '@lantern/client/viewer';
import { FilteredReferralList } from './components/filtered-referral-list';
import { NO_FILTERS } from './components/list-filters';

/** Everything the organisation holds, for its manager. */
export function AllReferralsPage() {
  const viewer = useViewer();
  useTitle('All referrals');
  return (
    <>
      <h1 className="govuk-heading-l">All referrals</h1>
      <p className="govuk-body">{`Every referral sent to ${viewer.organisation.name}.`}</p>
      <FilteredReferralList
        listKey="all"
        baseFilter={{}}
        statusChoices={['SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT', 'DECLINED', 'CLOSED', 'WITHDRAWN']}
        defaultFilters={NO_FILTERS}
        columns={['referral', 'status', 'risk', 'advocate', 'nextDeadline', 'updated']}
        caption="All referrals"
        emptyMessage="No referrals match. Change or clear the filters to see more."
      />
    </>
  );
}
