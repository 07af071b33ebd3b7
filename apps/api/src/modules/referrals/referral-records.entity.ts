import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactAttemptOutcome, RiskLevel, SafeguardingUpdateKind } from '@lantern/schema/vocabularies';

/** Rows that belong to one referral and carry its tenancy (force and, once sent, partner service). */
abstract class ReferralRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'referral_id' }) referralId: string;
  @Column({ type: 'uuid', name: 'police_force_id' }) policeForceId: string;
  @Column({ type: 'uuid', name: 'partner_service_id', nullable: true }) partnerServiceId: string | null;
}

@Entity({ name: 'order_breaches' })
export class OrderBreachEntity extends ReferralRecord {
  @Column({ type: 'date', name: 'occurred_on' }) occurredOn: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', name: 'crime_reference', nullable: true }) crimeReference: string | null;
  @Column({ type: 'uuid', name: 'recorded_by' }) recordedById: string;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}

@Entity({ name: 'contact_attempts' })
export class ContactAttemptEntity extends ReferralRecord {
  @Column({ type: 'text' }) outcome: ContactAttemptOutcome;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', name: 'attempted_at' }) attemptedAt: Date;
  @Column({ type: 'uuid', name: 'recorded_by' }) recordedById: string;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}

@Entity({ name: 'safeguarding_updates' })
export class SafeguardingUpdateEntity extends ReferralRecord {
  @Column({ type: 'text' }) kind: SafeguardingUpdateKind;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', name: 'new_risk_level', nullable: true }) newRiskLevel: RiskLevel | null;
  @Column({ type: 'boolean', name: 'needs_police_action' }) needsPoliceAction: boolean;
  @Column({ type: 'boolean' }) urgent: boolean;
  @Column({ type: 'boolean', name: 'visible_to_victim' }) visibleToVictim: boolean;
  @Column({ type: 'uuid', name: 'posted_by' }) postedById: string;
  @Column({ type: 'timestamptz', name: 'posted_at' }) postedAt: Date;
  @Column({ type: 'uuid', name: 'acknowledged_by', nullable: true }) acknowledgedById: string | null;
  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
}

@Entity({ name: 'referral_events' })
export class ReferralEventEntity extends ReferralRecord {
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'uuid', name: 'actor_id', nullable: true }) actorId: string | null;
  @Column({ type: 'uuid', name: 'actor_organisation_id', nullable: true }) actorOrganisationId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}
