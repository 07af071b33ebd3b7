import { Column, Entity } from 'typeorm';
import type { ContactAttemptOutcome } from '@lantern/schema/vocabularies';
import { ReferralRecord } from '../referral-record.js';

/** An advocate's attempt to contact the victim, and how it went. */
@Entity({ name: 'contact_attempts' })
export class ContactAttemptEntity extends ReferralRecord {
  @Column({ type: 'text' }) outcome: ContactAttemptOutcome;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', name: 'attempted_at' }) attemptedAt: Date;
  @Column({ type: 'uuid', name: 'recorded_by' }) recordedById: string;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}
