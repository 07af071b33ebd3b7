import { Column, Entity } from 'typeorm';
import { ReferralRecord } from '../referral-record.js';

/** A breach of a granted Stalking Protection Order, as the police recorded it. */
@Entity({ name: 'order_breaches' })
export class OrderBreachEntity extends ReferralRecord {
  /** The date of the breach (yyyy-mm-dd). */
  @Column({ type: 'date', name: 'occurred_on' }) occurredOn: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', name: 'crime_reference', nullable: true }) crimeReference: string | null;
  @Column({ type: 'uuid', name: 'recorded_by' }) recordedById: string;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}
