import { victimMaySeeUpdate } from '@lantern/schema/data-sharing';
import type { OrganisationEntity } from '../identity/organisation.entity.js';
import type { UserEntity } from '../identity/user.entity.js';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import type { SafeguardingUpdateEntity } from '../safeguarding-updates/safeguarding-update.entity.js';
import type { VictimStage } from '../../common/vocabularies.js';
import { VictimStatus, VictimUpdate } from './victim-status.type.js';

const day = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' }).format(date);

interface Wording {
  stage: VictimStage;
  headline: string;
  explanation: string;
  whatHappensNext: string;
}

function wording(referral: ReferralEntity, service: string, advocate: string | null): Wording {
  const contactBy = referral.firstContactDueAt ?? referral.acceptanceDueAt;
  const by = contactBy ? ` by ${day(contactBy)}` : ' soon';
  switch (referral.status) {
    case 'SUBMITTED':
      return {
        stage: 'WITH_SERVICE',
        headline: `${service} has your details`,
        explanation: `The police have passed your details to ${service}, a specialist support service.`,
        whatHappensNext: `Someone from ${service} will contact you${by}, using the contact details you gave the police.`,
      };
    case 'ACCEPTED':
      return {
        stage: 'ACCEPTED',
        headline: `${service} will support you`,
        explanation: `${service} has agreed to support you and is choosing an advocate for you.`,
        whatHappensNext: `An advocate will contact you${by}.`,
      };
    case 'ALLOCATED':
      return {
        stage: 'ADVOCATE_ALLOCATED',
        headline: `${advocate ?? 'An advocate'} will contact you`,
        explanation: `${advocate ?? 'An advocate'} from ${service} will be your advocate.`,
        whatHappensNext: `${advocate ?? 'Your advocate'} will contact you${by}, at the times you said are safe.`,
      };
    case 'IN_CONTACT':
      return {
        stage: 'IN_CONTACT',
        headline: `${advocate ?? 'Your advocate'} is supporting you`,
        explanation: `${advocate ?? 'Your advocate'} from ${service} is your advocate.`,
        whatHappensNext: `${advocate ?? 'Your advocate'} will keep in touch with you. You can contact ${service} at any time.`,
      };
    case 'CLOSED':
      return {
        stage: 'CLOSED',
        headline: 'Your support has ended',
        explanation: `${service} has closed your case.`,
        whatHappensNext: `If you need support again, contact ${service} or the officer in your case.`,
      };
    case 'DECLINED':
      return {
        stage: 'DECLINED',
        headline: `${service} cannot support you`,
        explanation: `${service} is not able to take your referral.`,
        whatHappensNext: 'The officer in your case has been told and will talk to you about other support.',
      };
    default:
      return {
        stage: 'WITHDRAWN',
        headline: 'This referral has stopped',
        explanation: 'The referral for support is no longer going ahead.',
        whatHappensNext: 'If you want support, contact the officer in your case.',
      };
  }
}

/** What a victim's status is made from: their referral, its service and advocate, and the updates shared. */
export interface VictimStatusSource {
  readonly referral: ReferralEntity;
  readonly service: OrganisationEntity | null;
  readonly advocate: UserEntity | null;
  readonly updates: readonly SafeguardingUpdateEntity[];
}

/** The allow-listed, plain-language view a victim may see. */
export function toVictimStatus({ referral, service, advocate, updates }: VictimStatusSource): VictimStatus {
  const serviceName = service?.name ?? 'The support service';
  const advocateFirstName = advocate ? (advocate.name.split(' ')[0] ?? null) : null;
  // Only the kinds a victim may see (never an incident, a breach or a change in risk), whatever the tick says.
  const shared = updates.filter((u) => victimMaySeeUpdate(u.kind, u.visibleToVictim));
  const latest = [referral.updatedAt, ...shared.map((u) => u.postedAt)].reduce((a, b) => (a > b ? a : b));
  return Object.assign(new VictimStatus(), {
    ...wording(referral, serviceName, advocateFirstName),
    serviceName: service?.name ?? null,
    servicePhone: service?.phone ?? null,
    serviceEmail: service?.email ?? null,
    advocateFirstName,
    contactBy: referral.firstContactAt ? null : (referral.firstContactDueAt ?? referral.acceptanceDueAt),
    lastUpdatedAt: latest,
    updates: shared.map((u) => Object.assign(new VictimUpdate(), { postedAt: u.postedAt, text: u.text })),
  });
}
