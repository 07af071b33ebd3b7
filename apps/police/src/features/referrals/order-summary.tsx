import { formatDate } from '@lantern/ui/dates';
import { SummaryCard, SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { ORDER_DECISIONS } from '@lantern/schema/vocabularies';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { MissingSection } from './missing-section';
import { Multiline } from './multiline';

/** The Stalking Protection Order record (breaches are listed on the referral page). */
export function OrderSummary({ referral, changeHref, id, changeText = 'Change' }: { referral: ReferralFieldsFragment; changeHref?: string; id?: string; changeText?: string }) {
  const order = referral.stalkingProtectionOrder;
  const title = 'Stalking Protection Order';
  if (!order) return <MissingSection title={title} href={changeHref} id={id} text="Not recorded yet." />;
  const change = (what: string) => (changeHref ? [{ href: changeHref, text: changeText, visuallyHiddenText: what }] : undefined);
  const rows: SummaryListRow[] = [
    { key: 'Considered', value: order.considered ? 'Yes' : 'Not yet', actions: change('whether an order was considered') },
  ];
  if (order.considered) rows.push({ key: 'Decision', value: ORDER_DECISIONS.labels[order.decision], actions: change('decision') });
  rows.push({ key: order.considered ? 'Reasons' : 'Why not yet', value: <Multiline text={order.rationale} />, actions: change('reasons') });
  if (order.interimMadeOn) rows.push({ key: 'Interim order made', value: formatDate(order.interimMadeOn), actions: change('date the interim order was made') });
  if (order.fullMadeOn) rows.push({ key: 'Full order made', value: formatDate(order.fullMadeOn), actions: change('date the full order was made') });
  if (order.conditions) rows.push({ key: 'Conditions', value: <Multiline text={order.conditions} />, actions: change('conditions') });
  if (order.conditions) rows.push({ key: 'Ends', value: order.expiresOn ? formatDate(order.expiresOn) : 'Until further order', actions: change('when the order ends') });
  return (
    <SummaryCard title={title} id={id}>
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}
