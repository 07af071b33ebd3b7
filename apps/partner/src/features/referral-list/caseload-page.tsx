import { useTitle } from '@lantern/client/page-title';
import { FilteredReferralList } from './components/filtered-referral-list';
import { NO_FILTERS } from './components/list-filters';

const OPEN_CASES = { ...NO_FILTERS, statuses: ['ALLOCATED', 'IN_CONTACT'] as const };

/** An advocate's own cases, what needs doing next first: overdue first contact, high risk, oldest unactioned. */
export function CaseloadPage() {
  useTitle('My caseload');
  return (
    <>
      <h1 className="govuk-heading-l">My caseload</h1>
      <p className="govuk-body">
        Cases allocated to you. They are listed with what needs doing next first: overdue first contact, high risk,
        then the longest waiting.
      </p>
      <FilteredReferralList
        listKey="caseload"
        baseFilter={{ assignedToMe: true }}
        statusChoices={['ALLOCATED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN']}
        defaultFilters={{ ...OPEN_CASES, statuses: [...OPEN_CASES.statuses] }}
        columns={['referral', 'risk', 'firstContact', 'status', 'updated']}
        caption="My caseload"
        emptyMessage="No cases match. Change or clear the filters to see more."
      />
    </>
  );
}
