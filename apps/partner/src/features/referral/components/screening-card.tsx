import { RISK_LEVELS, SCREENING_ANSWERS } from '@lantern/schema/vocabularies';
import { DASH_MARAC_THRESHOLD } from '@lantern/schema/questionnaires';
import { formatDate, formatDateTime } from '@lantern/ui/dates';
import { SummaryCard, SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { Table } from '@lantern/ui/table';
import { withheldNotice, type CaseReferral } from '../use-referral-case';

/** The S-DASH answers as the officer recorded them, the count of "yes" (no cut-off) and the officer's judgement. */
export function ScreeningCard({ referral }: { referral: CaseReferral }) {
  const screening = referral.screening;
  if (!screening) {
    return (
      <SummaryCard headingLevel={3} title="Risk screening (S-DASH)">
        <p className="govuk-body">{withheldNotice(referral, 'RISK') ?? 'No risk screening was recorded.'}</p>
      </SummaryCard>
    );
  }
  const rows: SummaryListRow[] = [
    { key: 'Questions answered yes', value: `${screening.yesCount} of ${screening.questionCount}` },
    { key: 'Officer’s risk level', value: RISK_LEVELS.labels[screening.riskLevel] },
    { key: 'Why', value: <span className="lantern-pre-line">{screening.riskRationale ?? 'Not recorded'}</span> },
    {
      key: 'DASH',
      value: screening.dashCompleted
        ? `${screening.dashTickCount ?? 0} ticks${screening.maracReferralIndicated ? ` (${DASH_MARAC_THRESHOLD} or more: referral to MARAC indicated)` : ''}`
        : 'Not completed',
    },
  ];
  if (screening.specialistAssessment) {
    const a = screening.specialistAssessment;
    rows.push({
      key: a.instrument === 'SASH' ? 'SASH' : 'Stalking Risk Profile',
      value: `${a.result}. Completed by ${a.completedBy} on ${formatDate(a.completedOn)}`,
    });
  }
  rows.push({ key: 'Recorded by', value: `${screening.recordedBy.name}, ${formatDateTime(screening.recordedAt)}` });
  return (
    <SummaryCard headingLevel={3} title="Risk screening (S-DASH)">
      <SummaryList rows={rows} />
      <Table
        caption="S-DASH answers"
        captionSize="s"
        scrollLabel="S-DASH answers"
        head={[{ text: 'Question' }, { text: 'Answer' }, { text: 'Note' }]}
        rows={[...screening.answers]
          .sort((a, b) => a.number - b.number)
          .map((answer) => ({
            key: answer.question,
            cells: [
              `${answer.number}. ${answer.text}`,
              <strong key="a">{SCREENING_ANSWERS.labels[answer.answer]}</strong>,
              <span key="n" className="lantern-pre-line">{answer.note ?? ''}</span>,
            ],
          }))}
      />
    </SummaryCard>
  );
}
