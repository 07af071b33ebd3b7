export const REFERRAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ACCEPTED',
  'DECLINED',
  'ALLOCATED',
  'IN_CONTACT',
  'CLOSED',
  'WITHDRAWN',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses in which the referral is finished and nobody works on it any more. */
export const FINISHED_STATUSES: readonly ReferralStatus[] = ['DECLINED', 'CLOSED', 'WITHDRAWN'];

/** Statuses in which a partner service holds the referral and is working on it. */
export const ACTIVE_WITH_PARTNER: readonly ReferralStatus[] = ['SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT'];

/** Plain-English meaning of each status, for staff. */
export const STATUS_LABELS: Record<ReferralStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Sent to service',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  ALLOCATED: 'Allocated to advocate',
  IN_CONTACT: 'In contact',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn',
};

export const STATUS_DESCRIPTIONS: Record<ReferralStatus, string> = {
  DRAFT: 'The referral is being written and has not been sent.',
  SUBMITTED: 'The referral has been sent and is waiting for the service to accept it.',
  ACCEPTED: 'The service has accepted the referral and will allocate an advocate.',
  DECLINED: 'The service declined the referral. The reason is shown on the referral.',
  ALLOCATED: 'An advocate has been allocated and will contact the victim.',
  IN_CONTACT: 'The advocate is in contact with the victim and supporting them.',
  CLOSED: 'The service has closed the case. The outcome is shown on the referral.',
  WITHDRAWN: 'The referral was withdrawn and nobody is working on it.',
};
