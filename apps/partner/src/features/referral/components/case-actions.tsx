import { Button, ButtonGroup } from '@lantern/ui/button';
import type { CaseReferral } from '../use-referral-case';

/** Only the actions the API lists in `availableActions` for this person are offered. */
export function CaseActions({
  referral,
  onAccept,
  accepting,
}: {
  referral: CaseReferral;
  onAccept: () => void;
  accepting: boolean;
}) {
  const can = (action: CaseReferral['availableActions'][number]) => referral.availableActions.includes(action);
  const base = `/referrals/${referral.id}`;
  const firstContactDue = referral.status === 'ALLOCATED';
  const buttons = [
    can('ACCEPT') && (
      <Button key="accept" type="button" onClick={onAccept} disabled={accepting}>
        Accept referral
      </Button>
    ),
    can('DECLINE') && (
      <Button key="decline" variant="secondary" href={`${base}/decline`}>
        Decline referral
      </Button>
    ),
    can('ALLOCATE') && (
      <Button key="allocate" variant={referral.status === 'ACCEPTED' ? 'primary' : 'secondary'} href={`${base}/allocate`}>
        {referral.allocatedAdvocate ? 'Reallocate' : 'Allocate to an advocate'}
      </Button>
    ),
    can('RECORD_CONTACT_ATTEMPT') && (
      <Button key="contact" variant={firstContactDue ? 'primary' : 'secondary'} href={`${base}/contact-attempt`}>
        Record a contact attempt
      </Button>
    ),
    can('POST_SAFEGUARDING_UPDATE') && (
      <Button key="update" variant={firstContactDue ? 'secondary' : 'primary'} href={`${base}/safeguarding-update`}>
        Post a safeguarding update
      </Button>
    ),
    can('CLOSE') && (
      <Button key="close" variant="secondary" href={`${base}/close`}>
        Close referral
      </Button>
    ),
  ].filter(Boolean);
  if (buttons.length === 0) return null;
  return (
    <section aria-label="Actions">
      <ButtonGroup>{buttons}</ButtonGroup>
    </section>
  );
}
