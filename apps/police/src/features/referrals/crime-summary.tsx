import { formatDateTime } from '@lantern/ui/dates';
import { SummaryCard, SummaryList } from '@lantern/ui/summary-list';
import { FOUR_INDICATORS } from '@lantern/schema/questionnaires';
import { OFFENCE_CLASSIFICATIONS, SUSPECT_RELATIONSHIPS } from '@lantern/schema/vocabularies';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { LabelList, Multiline } from './multiline';

const fourLabel = (key: string) => FOUR_INDICATORS.find((indicator) => indicator.key === key)?.label ?? key;

/** The crime, offences, FOUR indicators and relationship. `changeHref` adds "Change" (check your answers). */
export function CrimeSummary({ referral, changeHref, id }: { referral: ReferralFieldsFragment; changeHref?: string; id?: string }) {
  const change = (what: string) => (changeHref ? [{ href: changeHref, text: 'Change', visuallyHiddenText: what }] : undefined);
  return (
    <SummaryCard title="Crime and stalking behaviour" id={id}>
      <SummaryList
        rows={[
          { key: 'Crime reference', value: <span className="lantern-break-words">{referral.crimeReference}</span>, actions: change('crime reference') },
          { key: 'Reported', value: formatDateTime(referral.reportedAt), actions: change('when the crime was reported') },
          {
            key: 'Offences',
            value: <LabelList items={referral.offenceClassifications.map((o) => OFFENCE_CLASSIFICATIONS.labels[o])} />,
            actions: change('offences'),
          },
          { key: 'FOUR indicators', value: <LabelList items={referral.fourIndicators.map(fourLabel)} />, actions: change('FOUR indicators') },
          {
            key: "Suspect's relationship to the victim",
            value: referral.suspectRelationship ? SUSPECT_RELATIONSHIPS.labels[referral.suspectRelationship] : 'Not given',
            actions: change("suspect's relationship to the victim"),
          },
          { key: 'What has happened', value: <Multiline text={referral.circumstances} />, actions: change('what has happened') },
        ]}
      />
    </SummaryCard>
  );
}
