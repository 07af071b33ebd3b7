import type { NotificationChannel } from '../../common/vocabularies.js';

/**
 * The GOV.UK Notify templates Lantern sends. Messages never carry case content: a staff member is told to
 * sign in; a victim is told only that there is a message about their support.
 */
export const NOTIFICATION_KINDS = ['NEW_REFERRAL', 'URGENT_UPDATE', 'CONSENT_WITHDRAWN', 'VICTIM_LINK'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface TemplateText {
  subject: string;
  body: string;
}

/** What each template says, as set up in Notify (and as the local stub renders it). */
export const TEMPLATE_TEXT: Record<NotificationKind, TemplateText> = {
  NEW_REFERRAL: { subject: 'A new referral is waiting', body: 'A new referral is waiting for your service in Lantern. Sign in to see it.' },
  URGENT_UPDATE: { subject: 'An urgent update needs you', body: 'A support service has posted an urgent update on one of your referrals in Lantern. Sign in to see and acknowledge it.' },
  CONSENT_WITHDRAWN: { subject: 'A referral has stopped', body: 'Consent has been withdrawn for one of your referrals in Lantern. Stop work on it and sign in to see the details.' },
  VICTIM_LINK: { subject: 'A message about your support', body: 'You have a message about your support. Open: ((link))' },
};

/** Template ids: Notify's ids in production (configured), fixed ids for the local stub. */
export const DEV_TEMPLATE_IDS: Record<NotificationKind, string> = {
  NEW_REFERRAL: '4b1f7c1e-0000-4000-8000-000000000001',
  URGENT_UPDATE: '4b1f7c1e-0000-4000-8000-000000000002',
  CONSENT_WITHDRAWN: '4b1f7c1e-0000-4000-8000-000000000003',
  VICTIM_LINK: '4b1f7c1e-0000-4000-8000-000000000004',
};

/** A hint staff can read without seeing the address: "•••• 123" or "j•••@example.test". */
export function recipientHint(channel: NotificationChannel, to: string): string {
  if (channel === 'SMS') return `•••• ${to.replace(/\D/g, '').slice(-3)}`;
  const [local = '', domain = ''] = to.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}
