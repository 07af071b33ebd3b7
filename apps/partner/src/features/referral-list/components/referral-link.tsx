import { Link } from '@lantern/ui/link';
import type { ReferralListItem } from './referral-page-of-results';

/** The victim's name as the link to the case, with the referral number under it. */
export function ReferralLink({ referral }: { referral: Pick<ReferralListItem, 'id' | 'reference' | 'victim'> }) {
  return (
    <>
      <Link className="govuk-link govuk-!-font-weight-bold lantern-break-words" href={`/referrals/${referral.id}`}>
        {referral.victim.fullName}
        <span className="govuk-visually-hidden">, referral {referral.reference}</span>
      </Link>
      <br />
      <span className="govuk-body-s lantern-break-words" aria-hidden="true">
        {referral.reference}
      </span>
    </>
  );
}
