import { EMPTY_DATE, type DateParts } from '@lantern/ui/date-input';
import { fromIsoDate } from '@lantern/ui/dates';
import { LIMITS } from '@lantern/schema/limits';
import type { CreateReferralInput, FourIndicator, OffenceClassification, ReferralFieldsFragment, SuspectRelationship } from '../../gql/graphql';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, parseTime, textOrNull } from '@lantern/client/form-rules';

export interface CrimeValues {
  crimeReference: string;
  reportedDate: DateParts;
  reportedTime: string;
  offenceClassifications: string[];
  fourIndicators: string[];
  suspectRelationship: string;
  circumstances: string;
}

export const EMPTY_CRIME: CrimeValues = {
  crimeReference: '',
  reportedDate: EMPTY_DATE,
  reportedTime: '',
  offenceClassifications: [],
  fourIndicators: [],
  suspectRelationship: '',
  circumstances: '',
};

function londonTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export function crimeValuesFrom(referral: ReferralFieldsFragment | undefined): CrimeValues {
  if (!referral) return EMPTY_CRIME;
  return {
    crimeReference: referral.crimeReference,
    reportedDate: fromIsoDate(referral.reportedAt),
    reportedTime: londonTime(referral.reportedAt),
    offenceClassifications: [...referral.offenceClassifications],
    fourIndicators: [...referral.fourIndicators],
    suspectRelationship: referral.suspectRelationship ?? '',
    circumstances: referral.circumstances ?? '',
  };
}

export type CrimeFields = Omit<CreateReferralInput, 'idempotencyKey' | 'victim'>;

/** Checks the crime step; returns the problems, or the API input when there are none. */
export function validateCrime(values: CrimeValues, now = new Date()): { errors: FormError[]; input?: CrimeFields } {
  const rules = new Rules();
  const reference = values.crimeReference.trim();
  if (rules.required('crimeReference', reference, 'Enter the crime reference')) {
    if (rules.maxLength('crimeReference', reference, LIMITS.crimeReference.max, 'Crime reference')) {
      if (!LIMITS.crimeReference.pattern.test(reference)) {
        rules.add('crimeReference', 'Crime reference must only include letters, numbers, spaces, hyphens and slashes');
      }
    }
  }
  const date = rules.date('reportedAt', values.reportedDate, 'the date the crime was reported', { required: true, notInFuture: true });
  let time: [number, number] | null = [0, 0];
  if (values.reportedTime.trim() !== '') {
    time = parseTime(values.reportedTime);
    if (!time) rules.add('reportedTime', 'Enter the time in the 24-hour clock, like 14:30');
  }
  rules.chosen('offenceClassifications', values.offenceClassifications, 'Select at least one offence');
  rules.chosen('fourIndicators', values.fourIndicators, 'Select the FOUR indicators that are present. If none are, this may not be stalking');
  rules.chosen('suspectRelationship', values.suspectRelationship, "Select the suspect's relationship to the victim");
  rules.maxLength('circumstances', values.circumstances, LIMITS.longText.max, 'The summary');
  if (rules.errors.length > 0 || !date || !time) return { errors: rules.errors };

  const [year, month, day] = date.split('-').map(Number);
  const reportedAt = new Date(year, month - 1, day, time[0], time[1]);
  if (reportedAt > now) {
    // Today's date with a time still to come: treat as a mistake rather than a report from the future.
    return { errors: [{ field: 'reportedTime', message: 'The time the crime was reported must be in the past' }] };
  }
  return {
    errors: [],
    input: {
      crimeReference: reference,
      reportedAt: reportedAt.toISOString(),
      offenceClassifications: values.offenceClassifications as OffenceClassification[],
      fourIndicators: values.fourIndicators as FourIndicator[],
      suspectRelationship: values.suspectRelationship as SuspectRelationship,
      circumstances: textOrNull(values.circumstances),
    },
  };
}
