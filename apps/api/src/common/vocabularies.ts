/**
 * Closed lists the API uses that `packages/schema` does not (yet) share with the apps. Each is declared here
 * once, as a list of values and the type of one value; the GraphQL enums (common/graphql/enums.ts) and the
 * code both come from these lists. Move a list to `packages/schema` when an app needs it too.
 */

/** Whether an audited attempt was allowed or refused. */
export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Orders a list of referrals can be sorted in. */
export const REFERRAL_SORTS = ['NEWEST', 'OLDEST', 'PRIORITY', 'NEXT_DEADLINE'] as const;
export type ReferralSort = (typeof REFERRAL_SORTS)[number];

/** The stage of their referral a victim is shown, in their words rather than the staff's statuses. */
export const VICTIM_STAGES = ['WITH_SERVICE', 'ACCEPTED', 'ADVOCATE_ALLOCATED', 'IN_CONTACT', 'CLOSED', 'DECLINED', 'WITHDRAWN'] as const;
export type VictimStage = (typeof VICTIM_STAGES)[number];

/** How a message is sent through GOV.UK Notify (and how a victim link may be sent). */
export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Where a message in the outbox stands: waiting (or being retried), sent to Notify, or given up on. */
export const NOTIFICATION_STATES = ['QUEUED', 'SENT', 'FAILED'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];
