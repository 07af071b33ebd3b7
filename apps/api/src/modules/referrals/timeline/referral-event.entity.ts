import { Column, Entity } from 'typeorm';
import { ReferralRecord } from '../referral-record.js';

/** One entry of a referral's timeline: what happened, who did it and when. */
@Entity({ name: 'referral_events' })
export class ReferralEventEntity extends ReferralRecord {
  /** What happened, e.g. `SUBMITTED` or `URGENT_UPDATE`. */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'uuid', name: 'actor_id', nullable: true }) actorId: string | null;
  @Column({ type: 'uuid', name: 'actor_organisation_id', nullable: true }) actorOrganisationId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}
