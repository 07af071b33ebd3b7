import { Link } from 'react-router';
import type { ReferralFieldsFragment } from '../../gql/graphql';

interface ActionLink {
  href: string;
  text: string;
  hint?: string;
}

/**
 * The things this officer can do to the referral now, and only those the API lists in `availableActions`
 * (the shared transition table and each action's guard, for this viewer): no condition is checked again here.
 */
export function referralActionLinks(referral: ReferralFieldsFragment): ActionLink[] {
  const can = (action: ReferralFieldsFragment['availableActions'][number]) => referral.availableActions.includes(action);
  const base = `/referrals/${referral.id}`;
  const links: ActionLink[] = [];
  if (referral.status === 'DRAFT' && can('UPDATE')) links.push({ href: `${base}/continue`, text: 'Continue the referral' });
  if (can('AUTHORISE_WITHOUT_CONSENT')) links.push({ href: `${base}/authorisation`, text: 'Decide whether to authorise without consent' });
  if (can('ISSUE_VICTIM_LINK') || can('REVOKE_VICTIM_LINK')) {
    links.push({ href: `${base}/victim-link`, text: referral.victimLink ? 'Manage the victim link' : 'Issue a victim link' });
  }
  if (referral.status !== 'DRAFT' && can('RECORD_PROTECTIVE_ORDER')) {
    links.push({ href: `${base}/stalking-protection-order`, text: 'Update the Stalking Protection Order' });
  }
  if (can('RECORD_ORDER_BREACH')) links.push({ href: `${base}/breach`, text: 'Record a breach of the order' });
  if (can('WITHDRAW_CONSENT')) links.push({ href: `${base}/withdraw-consent`, text: 'Record that the victim withdrew consent' });
  if (can('WITHDRAW')) links.push({ href: `${base}/withdraw`, text: 'Withdraw the referral' });
  return links;
}

export function ReferralActions({ referral }: { referral: ReferralFieldsFragment }) {
  const links = referralActionLinks(referral);
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="actions-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="actions-heading">
        Actions
      </h2>
      <ul className="govuk-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link className="govuk-link" to={link.href}>
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
