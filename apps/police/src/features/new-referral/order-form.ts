import { EMPTY_DATE, type DateParts } from '@lantern/ui/date-input';
import { fromIsoDate } from '@lantern/ui/dates';
import { LIMITS } from '@lantern/schema/limits';
import { GRANTED_ORDER_DECISIONS } from '@lantern/schema/vocabularies';
import type { OrderDecision, RecordProtectiveOrderInput, ReferralFieldsFragment } from '../../gql/graphql';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, textOrNull, yesNo } from '@lantern/client/form-rules';

export interface OrderValues {
  considered: '' | 'yes' | 'no';
  decision: string;
  rationale: string;
  interimMadeOn: DateParts;
  fullMadeOn: DateParts;
  conditions: string;
  expiresOn: DateParts;
}

export const ORDER_FIELDS = {
  considered: 'considered',
  decision: 'decision',
  rationale: 'rationale',
  interimMadeOn: 'interimMadeOn',
  fullMadeOn: 'fullMadeOn',
  conditions: 'conditions',
  expiresOn: 'expiresOn',
} as const;

/** Decisions that mean an order exists (interim or full) and has conditions. */
export const GRANTED: readonly string[] = GRANTED_ORDER_DECISIONS;

export function orderValuesFrom(referral: ReferralFieldsFragment): OrderValues {
  const order = referral.stalkingProtectionOrder;
  return {
    considered: order ? yesNo(order.considered) : '',
    decision: order?.considered ? order.decision : '',
    rationale: order?.rationale ?? '',
    interimMadeOn: order?.interimMadeOn ? fromIsoDate(order.interimMadeOn) : EMPTY_DATE,
    fullMadeOn: order?.fullMadeOn ? fromIsoDate(order.fullMadeOn) : EMPTY_DATE,
    conditions: order?.conditions ?? '',
    expiresOn: order?.expiresOn ? fromIsoDate(order.expiresOn) : EMPTY_DATE,
  };
}

type OrderInput = Omit<RecordProtectiveOrderInput, 'referralId' | 'expectedVersion'>;

export function validateOrder(values: OrderValues): { errors: FormError[]; input?: OrderInput } {
  const rules = new Rules();
  const F = ORDER_FIELDS;
  rules.chosen(F.considered, values.considered, 'Select yes if a Stalking Protection Order has been considered');
  let interimMadeOn: string | null = null;
  let fullMadeOn: string | null = null;
  let expiresOn: string | null = null;
  if (values.considered === 'yes') {
    rules.chosen(F.decision, values.decision, 'Select the decision about a Stalking Protection Order');
    if (rules.required(F.rationale, values.rationale, 'Enter the reasons for the decision')) {
      rules.maxLength(F.rationale, values.rationale, LIMITS.note.max, 'The reasons');
    }
    if (values.decision === 'INTERIM_GRANTED' || values.decision === 'FULL_GRANTED') {
      interimMadeOn = rules.date(F.interimMadeOn, values.interimMadeOn, 'the date the interim order was made', {
        required: values.decision === 'INTERIM_GRANTED',
        notInFuture: true,
      });
    }
    if (values.decision === 'FULL_GRANTED') {
      fullMadeOn = rules.date(F.fullMadeOn, values.fullMadeOn, 'the date the full order was made', { required: true, notInFuture: true });
    }
    if (GRANTED.includes(values.decision)) {
      if (rules.required(F.conditions, values.conditions, 'Enter the conditions of the order')) {
        rules.maxLength(F.conditions, values.conditions, LIMITS.longText.max, 'The conditions');
      }
      expiresOn = rules.date(F.expiresOn, values.expiresOn, 'the date the order ends');
      const made = fullMadeOn ?? interimMadeOn;
      if (expiresOn && made && expiresOn <= made) rules.add(F.expiresOn, 'The date the order ends must be after the date it was made');
    }
  } else {
    rules.maxLength(`${F.rationale}-not-yet`, values.rationale, LIMITS.note.max, 'The reasons');
  }
  if (rules.errors.length > 0) return { errors: rules.errors };
  const considered = values.considered === 'yes';
  const granted = considered && GRANTED.includes(values.decision);
  return {
    errors: [],
    input: {
      considered,
      decision: (considered ? values.decision : 'NOT_CONSIDERED') as OrderDecision,
      rationale: textOrNull(values.rationale),
      interimMadeOn,
      fullMadeOn,
      conditions: granted ? values.conditions.trim() : null,
      expiresOn: granted ? expiresOn : null,
    },
  };
}
