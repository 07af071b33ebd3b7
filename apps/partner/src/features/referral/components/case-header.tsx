import { RiskTag, StatusTag } from '../../../ui/referral-tags';
import type { CaseReferral } from '../use-referral-case';

/** The case's heading: whose referral it is, its number, status and risk. */
export function CaseHeader({ referral }: { referral: CaseReferral }) {
  return (
    <div className="lantern-case-header">
      <span className="govuk-caption-l lantern-break-words">{`Referral ${referral.reference}`}</span>
      <h1 className="govuk-heading-l govuk-!-margin-bottom-2 lantern-break-words">{referral.victim.fullName}</h1>
      <p className="govuk-body lantern-case-header__tags">
        <StatusTag status={referral.status} /> <RiskTag risk={referral.riskLevel} />
      </p>
    </div>
  );
}
