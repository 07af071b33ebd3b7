import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns of every row that belongs to one referral: its own id, the referral's, and the referral's
 * tenancy (the police force and, once sent, the partner service), which row-level rules rely on.
 */
export abstract class ReferralRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'referral_id' }) referralId: string;
  @Column({ type: 'uuid', name: 'police_force_id' }) policeForceId: string;
  @Column({ type: 'uuid', name: 'partner_service_id', nullable: true }) partnerServiceId: string | null;
}

/**
 * The referral and tenancy columns a new row of `referral` carries: its id, its police force and its partner
 * service (null before it is sent). Every repository that adds a row belonging to a referral starts from these.
 */
export function recordOf(referral: { id: string; policeForceId: string; partnerServiceId: string | null }): Pick<
  ReferralRecord,
  'referralId' | 'policeForceId' | 'partnerServiceId'
> {
  return { referralId: referral.id, policeForceId: referral.policeForceId, partnerServiceId: referral.partnerServiceId };
}
