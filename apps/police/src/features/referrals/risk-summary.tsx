import { formatDate } from '@lantern/ui/dates';
import { SummaryCard, SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { DASH_MARAC_THRESHOLD } from '@lantern/schema/questionnaires';
import { RISK_LEVELS, SCREENING_ANSWERS } from '@lantern/schema/vocabularies';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { MissingSection } from './missing-section';
import { Multiline } from './multiline';

const INSTRUMENTS: Record<string, string> = { SASH: 'SASH', STALKING_RISK_PROFILE: 'Stalking Risk Profile' };

/**
 * The S-DASH answers (every question of the checklist version the screening used, as the API lists them), the
 * yes-count out of its number of questions, the officer's risk level, DASH and any specialist assessment.
 */
export function RiskSummary({ referral, changeHref, id }: { referral: ReferralFieldsFragment; changeHref?: string; id?: string }) {
  const screening = referral.screening;
  const title = 'Stalking risk screening (S-DASH)';
  if (!screening) return <MissingSection title={title} href={changeHref} id={id} />;
  const change = (what: string) => (changeHref ? [{ href: changeHref, text: 'Change', visuallyHiddenText: what }] : undefined);
  const answers: SummaryListRow[] = screening.answers.map((recorded) => ({
    key: `${recorded.number}. ${recorded.text}`,
    value: (
      <>
        {SCREENING_ANSWERS.labels[recorded.answer]}
        {recorded.note && (
          <>
            <br />
            <span className="govuk-hint govuk-!-margin-bottom-0">
              <Multiline text={recorded.note} />
            </span>
          </>
        )}
      </>
    ),
    actions: change(`answer to question ${recorded.number}`),
  }));
  const dash = screening.dashCompleted
    ? `Completed: ${screening.dashTickCount ?? 0} ticks${screening.maracReferralIndicated ? ` (${DASH_MARAC_THRESHOLD} or more: refer to MARAC)` : ''}`
    : 'Not completed';
  const specialist = screening.specialistAssessment;
  return (
    <SummaryCard title={title} id={id}>
      <SummaryList
        rows={[
          { key: 'Questions answered yes', value: `${screening.yesCount} of ${screening.questionCount}`, actions: change('S-DASH answers') },
          ...answers,
          { key: 'Risk level (professional judgement)', value: RISK_LEVELS.labels[screening.riskLevel], actions: change('risk level') },
          { key: 'Reasons for the risk level', value: <Multiline text={screening.riskRationale} />, actions: change('reasons for the risk level') },
          { key: 'DASH', value: dash, actions: change('DASH') },
          {
            key: 'Specialist assessment',
            value: specialist
              ? `${INSTRUMENTS[specialist.instrument] ?? specialist.instrument}, completed by ${specialist.completedBy} on ${formatDate(specialist.completedOn)}: ${specialist.result}`
              : 'None',
            actions: change('specialist assessment'),
          },
        ]}
      />
    </SummaryCard>
  );
}
