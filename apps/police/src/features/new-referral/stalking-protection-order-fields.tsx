import { DateInput } from '@lantern/ui/date-input';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { ORDER_DECISIONS } from '@lantern/schema/vocabularies';
import type { FormErrors } from '@lantern/client/form-errors';
import { GRANTED, ORDER_FIELDS as F, type OrderValues } from './order-form';

const decisionItems = ORDER_DECISIONS.values
  .filter((value) => value !== 'NOT_CONSIDERED')
  .map((value) => ({ value, label: ORDER_DECISIONS.labels[value] }));

/** The Stalking Protection Order questions, shared by the new-referral step and the referral page. */
export function StalkingProtectionOrderFields({
  values,
  onChange,
  errors,
}: {
  values: OrderValues;
  onChange: (values: OrderValues) => void;
  errors: FormErrors;
}) {
  const set = <K extends keyof OrderValues>(key: K) => (value: OrderValues[K]) => onChange({ ...values, [key]: value });
  const granted = GRANTED.includes(values.decision);
  const decisionDetails = (
    <>
      <Radios
        name={F.decision}
        legend="What was decided?"
        items={decisionItems}
        value={values.decision}
        onChange={set('decision')}
        error={errors.errorFor(F.decision)}
      />
      <Textarea id={F.rationale} label="Why was this decided?" rows={3} value={values.rationale} onChange={set('rationale')} error={errors.errorFor(F.rationale)} />
      {(values.decision === 'INTERIM_GRANTED' || values.decision === 'FULL_GRANTED') && (
        <DateInput
          id={F.interimMadeOn}
          legend={values.decision === 'FULL_GRANTED' ? 'Date the interim order was made (optional)' : 'Date the interim order was made'}
          hint="For example, 27 3 2026"
          value={values.interimMadeOn}
          onChange={set('interimMadeOn')}
          error={errors.errorFor(F.interimMadeOn)}
        />
      )}
      {values.decision === 'FULL_GRANTED' && (
        <DateInput id={F.fullMadeOn} legend="Date the full order was made" hint="For example, 27 3 2026" value={values.fullMadeOn} onChange={set('fullMadeOn')} error={errors.errorFor(F.fullMadeOn)} />
      )}
      {granted && (
        <>
          <Textarea
            id={F.conditions}
            label="Conditions of the order"
            hint="The prohibitions and requirements, as the court set them"
            rows={4}
            value={values.conditions}
            onChange={set('conditions')}
            error={errors.errorFor(F.conditions)}
          />
          <DateInput
            id={F.expiresOn}
            legend="When does the order end? (optional)"
            hint="Leave blank if it lasts until further order"
            value={values.expiresOn}
            onChange={set('expiresOn')}
            error={errors.errorFor(F.expiresOn)}
          />
        </>
      )}
    </>
  );
  return (
    <Radios
      name={F.considered}
      legend="Has a Stalking Protection Order been considered?"
      legendSize="m"
      hint="Under the Stalking Protection Act 2019, police can apply to a magistrates' court for an order at any stage"
      items={[
        { value: 'yes', label: 'Yes', conditional: decisionDetails },
        {
          value: 'no',
          label: 'Not yet',
          conditional: (
            <Textarea id={`${F.rationale}-not-yet`} label="Why not yet? (optional)" rows={2} value={values.rationale} onChange={set('rationale')} error={errors.errorFor(`${F.rationale}-not-yet`)} />
          ),
        },
      ]}
      value={values.considered}
      onChange={(value) => set('considered')(value as OrderValues['considered'])}
      error={errors.errorFor(F.considered)}
    />
  );
}
