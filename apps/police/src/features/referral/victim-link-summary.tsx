import { formatDateTime } from '@lantern/ui/dates';
import { SummaryList } from '@lantern/ui/summary-list';
import { Tag, type TagColour } from '@lantern/ui/tag';
import type { ReferralFieldsFragment, VictimLinkState } from '../../gql/graphql';

const STATES: Record<VictimLinkState, { text: string; colour: TagColour }> = {
  ACTIVE: { text: 'Active', colour: 'green' },
  LOCKED: { text: 'Locked after wrong codes', colour: 'red' },
  REVOKED: { text: 'Revoked', colour: 'grey' },
  EXPIRED: { text: 'Expired', colour: 'grey' },
};

/** The state of the victim's link (never the link or code themselves). */
export function VictimLinkSummary({ link }: { link: NonNullable<ReferralFieldsFragment['victimLink']> }) {
  const state = STATES[link.state];
  return (
    <SummaryList
      rows={[
        { key: 'Link', value: <Tag colour={state.colour}>{state.text}</Tag> },
        { key: 'Issued', value: `${formatDateTime(link.issuedAt)} by ${link.issuedBy.name}` },
        { key: 'Stops working', value: formatDateTime(link.expiresAt) },
        { key: 'Last opened', value: link.lastOpenedAt ? formatDateTime(link.lastOpenedAt) : 'Not opened yet' },
        { key: 'Wrong access codes', value: String(link.failedAttempts) },
      ]}
    />
  );
}
